import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import type { EstablishmentApi } from '../api/establishments';
import { PageTitle } from '../layout/PageTitle';
import { establishmentStatusLabels } from './labels';
import { ListState, MoreButton, usePagedList } from './usePagedList';

/**
 * `/etablissements`: the caller's establishments (closed ones marked), or, for staff, every establishment with a
 * search by name or SIRET.
 */
export function EstablishmentsPage({ establishmentApi, staff }: { establishmentApi: EstablishmentApi; staff: boolean }) {
  const [words, setWords] = useState('');
  const [search, setSearch] = useState('');
  const paged = usePagedList((cursor) => establishmentApi.list(search, cursor), [establishmentApi, search]);
  const title = staff ? 'Établissements' : 'Mes établissements';

  function submit(event: FormEvent) {
    event.preventDefault();
    setSearch(words);
  }

  return (
    <>
      <PageTitle>{title}</PageTitle>
      <h1>{title}</h1>
      {staff ? (
        <form role="search" className="filter-form" onSubmit={submit}>
          <label htmlFor="recherche-etablissement">Nom ou SIRET</label>
          <input id="recherche-etablissement" type="search" value={words} onChange={(event) => setWords(event.target.value)} />
          <button type="submit" className="button-plain">
            Rechercher
          </button>
        </form>
      ) : (
        <p>
          Les établissements auxquels votre compte est rattaché. Besoin d'accéder à un autre établissement ?{' '}
          <Link to="/etablissements/rattachement">Demander un rattachement</Link>
        </p>
      )}
      <ListState
        paged={paged}
        what="la liste des établissements"
        empty={
          staff
            ? 'Aucun établissement ne correspond à cette recherche.'
            : "Aucun établissement n'est encore rattaché à votre compte. Demandez un rattachement avec le SIRET de votre établissement."
        }
      />
      {paged.list.status === 'loaded' && paged.list.value.items.length > 0 && (
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">Établissement</th>
              <th scope="col">SIRET</th>
              <th scope="col">Commune</th>
              <th scope="col">État</th>
            </tr>
          </thead>
          <tbody>
            {paged.list.value.items.map((establishment) => (
              <tr key={establishment.id}>
                <td>
                  <Link to={`/etablissements/${establishment.id}`}>{establishment.name}</Link>
                </td>
                <td>{establishment.siret}</td>
                <td>{establishment.city}</td>
                <td>
                  <span className={`badge ${establishment.closed ? 'badge-closed' : 'badge-state'}`}>
                    {establishmentStatusLabels[establishment.status]}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <MoreButton paged={paged} />
    </>
  );
}
