import { Link } from 'react-router-dom';
import { formatDate, formatMoney } from './format';
import { fundingSchemeLabels } from './labels';
import { StateBadge } from './StateBadge';
import type { DossierSummary } from './types';

export interface DossierTableProps {
  caption: string;
  dossiers: DossierSummary[];
  establishmentNames: Map<string, string>;
  emptyMessage: string;
}

/**
 * Dossiers as a table, each number linking to its page; a sentence instead when there are none. The establishment
 * column only shows for users linked to establishments (OPCO staff are not, and summaries carry no name).
 */
export function DossierTable({ caption, dossiers, establishmentNames, emptyMessage }: DossierTableProps) {
  if (dossiers.length === 0) {
    return <p className="empty-state">{emptyMessage}</p>;
  }
  const showEstablishment = establishmentNames.size > 0;
  return (
    <div className="table-wrapper">
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Numéro</th>
            <th scope="col">Intitulé de la formation</th>
            <th scope="col">Dispositif</th>
            {showEstablishment && <th scope="col">Établissement</th>}
            <th scope="col">Début</th>
            <th scope="col">Montant demandé</th>
            <th scope="col">État</th>
          </tr>
        </thead>
        <tbody>
          {dossiers.map((dossier) => (
            <tr key={dossier.number}>
              <th scope="row">
                <Link to={`/dossiers/${dossier.number}`} className="dossier-number">
                  {dossier.number}
                </Link>
                {dossier.unreadMessages > 0 && (
                  <span className="badge badge-unread" title="Messages non lus">
                    {dossier.unreadMessages}
                    <span className="visually-hidden">
                      {dossier.unreadMessages === 1 ? ' message non lu' : ' messages non lus'}
                    </span>
                  </span>
                )}
              </th>
              <td>{dossier.title || <span className="muted">Sans intitulé</span>}</td>
              <td>{fundingSchemeLabels[dossier.scheme]}</td>
              {showEstablishment && <td>{establishmentNames.get(dossier.establishmentId) ?? '—'}</td>}
              <td>{formatDate(dossier.startDate)}</td>
              <td>{formatMoney(dossier.amountRequested)}</td>
              <td>
                <StateBadge state={dossier.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
