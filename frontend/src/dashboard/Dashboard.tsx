import type { Me } from '../api/me';
import { EstablishmentList } from './EstablishmentList';
import { RoleList } from './RoleList';

export function Dashboard({ me }: { me: Me }) {
  return (
    <>
      <h1>Bonjour {me.displayName}</h1>
      <section aria-labelledby="vos-roles">
        <h2 id="vos-roles">Vos rôles</h2>
        <RoleList roles={me.roles} />
      </section>
      <section aria-labelledby="vos-etablissements">
        <h2 id="vos-etablissements">Vos établissements</h2>
        <EstablishmentList establishments={me.establishments} />
      </section>
    </>
  );
}
