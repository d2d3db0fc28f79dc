import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import type { Me } from '../api/me';
import { errorMessage } from '../api/problem';
import type { UserApi, UserSummary } from '../api/users';
import { useLoad } from '../api/useLoad';
import { rightLabels } from '../dashboard/labels';
import { SelectField } from '../forms/SelectField';
import { TextField } from '../forms/TextField';
import { PageTitle } from '../layout/PageTitle';
import { userStatusLabels } from './labels';

export interface UsersPageProps {
  userApi: UserApi;
  loadMe: () => Promise<Me>;
}

/**
 * "Utilisateurs": the accounts of the establishments I administer, with their status and rights. Staff see every
 * account of Passerelle, to help a user who is locked out; the only users they invite are training bodies' (a
 * company's admin invites its colleagues).
 */
export function UsersPage({ userApi, loadMe }: UsersPageProps) {
  const [me] = useLoad(loadMe, []);
  const [words, setWords] = useState('');
  const [establishmentId, setEstablishmentId] = useState('');
  const [search, setSearch] = useState({ words: '', establishmentId: '' });
  const [page] = useLoad(() => userApi.list(search.words, search.establishmentId), [search]);
  const [more, setMore] = useState<{ items: UserSummary[]; nextCursor: string | null }>({ items: [], nextCursor: null });
  const [moreError, setMoreError] = useState<string | null>(null);

  const staff = me.status === 'loaded' && me.value.roles.includes('opco-staff');
  const administered = me.status === 'loaded' ? me.value.establishments.filter((e) => e.rights.includes('ADMIN')) : [];
  const items = page.status === 'loaded' ? [...page.value.items, ...more.items] : [];
  const nextCursor = more.nextCursor ?? (page.status === 'loaded' && more.items.length === 0 ? page.value.nextCursor : null);

  function submit(event: FormEvent) {
    event.preventDefault();
    setMore({ items: [], nextCursor: null });
    setSearch({ words, establishmentId });
  }

  async function showMore() {
    if (!nextCursor) return;
    try {
      const next = await userApi.list(search.words, search.establishmentId, nextCursor);
      setMore({ items: [...more.items, ...next.items], nextCursor: next.nextCursor });
      setMoreError(null);
    } catch (error) {
      setMoreError(errorMessage(error));
    }
  }

  if (me.status === 'loaded' && me.value.roles.includes('employer') && administered.length === 0) {
    return (
      <>
        <PageTitle>Utilisateurs</PageTitle>
        <h1>Utilisateurs</h1>
        <p>
          Vous n’administrez aucun établissement : seul un administrateur de votre entreprise invite des collègues et
          règle leurs habilitations. Adressez-vous à lui, ou consultez qui gère chaque établissement dans « Mes
          établissements ».
        </p>
      </>
    );
  }

  return (
    <>
      <PageTitle>Utilisateurs</PageTitle>
      <h1>Utilisateurs</h1>
      {staff ? (
        <>
          <p>Tous les comptes de Passerelle : retrouvez un utilisateur par son nom ou son e-mail.</p>
          <p>
            <Link className="button" to="/utilisateurs/nouveau">
              Inviter un utilisateur d’organisme de formation
            </Link>
          </p>
        </>
      ) : (
        <>
          <p>Les comptes rattachés aux établissements que vous administrez.</p>
          <p>
            <Link className="button" to="/utilisateurs/nouveau">
              Inviter un utilisateur
            </Link>
          </p>
        </>
      )}
      <form role="search" aria-label="Rechercher un utilisateur" onSubmit={submit}>
        <TextField path="q" label="Nom ou e-mail" value={words} onChange={setWords} />
        {administered.length > 1 && (
          <SelectField
            path="establishmentId"
            label="Établissement"
            value={establishmentId}
            onChange={setEstablishmentId}
            options={[
              { value: '', label: 'Tous mes établissements' },
              ...administered.map((e) => ({ value: e.id, label: e.name })),
            ]}
          />
        )}
        <button type="submit">Rechercher</button>
      </form>
      {page.status === 'loading' && <p role="status">Chargement des utilisateurs…</p>}
      {page.status === 'failed' && (
        <p className="alert-error" role="alert">
          {page.message}
        </p>
      )}
      {page.status === 'loaded' && items.length === 0 && (
        <p>
          {staff
            ? 'Aucun compte ne correspond à cette recherche.'
            : 'Aucun utilisateur pour l’instant. Invitez vos collègues avec « Inviter un utilisateur ».'}
        </p>
      )}
      {items.length > 0 && (
        <table>
          <caption>{staff ? 'Comptes de Passerelle' : 'Utilisateurs de vos établissements'}</caption>
          <thead>
            <tr>
              <th scope="col">Nom</th>
              <th scope="col">Identifiant</th>
              <th scope="col">Statut</th>
              <th scope="col">Habilitations</th>
            </tr>
          </thead>
          <tbody>
            {items.map((user) => (
              <tr key={user.id}>
                <td>
                  <Link to={`/utilisateurs/${user.id}`}>
                    {user.firstName} {user.lastName}
                  </Link>
                </td>
                <td>{user.loginEmail}</td>
                <td>{userStatusLabels[user.status]}</td>
                <td>
                  {user.trainingBodySiret && <p>Organisme de formation (SIRET {user.trainingBodySiret})</p>}
                  {user.establishments.map((link) => (
                    <p key={link.establishmentId}>
                      {link.name} : {link.rights.map((right) => rightLabels[right]).join(', ')}
                    </p>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {moreError && (
        <p className="alert-error" role="alert">
          {moreError}
        </p>
      )}
      {nextCursor && (
        <button type="button" onClick={showMore}>
          Afficher plus d’utilisateurs
        </button>
      )}
    </>
  );
}
