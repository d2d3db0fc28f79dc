import type { Role } from '../api/me';
import { roleLabels } from './labels';

export function RoleList({ roles }: { roles: Role[] }) {
  if (roles.length === 0) {
    return <p>Aucun rôle n'est attribué à votre compte.</p>;
  }
  return (
    <ul className="tag-list">
      {roles.map((role) => (
        <li key={role} className="tag">
          {roleLabels[role]}
        </li>
      ))}
    </ul>
  );
}
