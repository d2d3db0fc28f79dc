import type { LinkedEstablishment } from '../api/me';
import { rightLabels } from './labels';

export function EstablishmentList({ establishments }: { establishments: LinkedEstablishment[] }) {
  if (establishments.length === 0) {
    return <p className="empty-state">Aucun établissement n'est encore rattaché à votre compte.</p>;
  }
  return (
    <ul className="establishment-list">
      {establishments.map((establishment) => (
        <li key={establishment.id}>
          <EstablishmentCard establishment={establishment} />
        </li>
      ))}
    </ul>
  );
}

function EstablishmentCard({ establishment }: { establishment: LinkedEstablishment }) {
  return (
    <article className="establishment-card" aria-labelledby={`etablissement-${establishment.id}`}>
      <h3 id={`etablissement-${establishment.id}`}>
        {establishment.name}
        {establishment.closed && (
          <>
            {' '}
            <span className="badge badge-closed">Fermé</span>
          </>
        )}
      </h3>
      <dl>
        <div>
          <dt>SIRET</dt>
          <dd>{establishment.siret}</dd>
        </div>
        <div>
          <dt>Droits</dt>
          <dd>
            {establishment.rights.length === 0 ? (
              'Aucun droit'
            ) : (
              <ul className="rights-list">
                {establishment.rights.map((right) => (
                  <li key={right}>{rightLabels[right]}</li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
    </article>
  );
}
