import type { UserApi } from '../api/users';
import { useLoad } from '../api/useLoad';
import { rightLabels } from '../dashboard/labels';
import { userStatusLabels } from './labels';

export interface EstablishmentUsersProps {
  establishmentId: string;
  userApi: Pick<UserApi, 'establishmentUsers'>;
}

/** Who manages an establishment, with their rights there: for the establishment's page. */
export function EstablishmentUsers({ establishmentId, userApi }: EstablishmentUsersProps) {
  const [users] = useLoad(() => userApi.establishmentUsers(establishmentId), [establishmentId]);
  return (
    <section aria-labelledby="utilisateurs-etablissement">
      <h2 id="utilisateurs-etablissement">Utilisateurs de l’établissement</h2>
      {users.status === 'loading' && <p role="status">Chargement des utilisateurs…</p>}
      {users.status === 'failed' && <p className="alert-error" role="alert">{users.message}</p>}
      {users.status === 'loaded' && users.value.length === 0 && <p>Aucun utilisateur n’est rattaché à cet établissement.</p>}
      {users.status === 'loaded' && users.value.length > 0 && (
        <ul className="establishment-users">
          {users.value.map((user) => (
            <li key={user.id}>
              <strong>
                {user.firstName} {user.lastName}
              </strong>{' '}
              ({user.loginEmail}) — {userStatusLabels[user.status]}
              <ul>
                {(user.establishments[0]?.rights ?? []).map((right) => (
                  <li key={right}>{rightLabels[right]}</li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
