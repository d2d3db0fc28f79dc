import { NavLink } from 'react-router-dom';

export const comingSoonSections = [
  { path: '/factures', label: 'Factures' },
  { path: '/reglements', label: 'Règlements' },
];

export function MainNav({ staff }: { staff: boolean }) {
  return (
    <nav aria-label="Navigation principale" className="main-nav">
      <ul>
        <li>
          <NavLink to="/" end>
            Tableau de bord
          </NavLink>
        </li>
        <li>
          <NavLink to="/dossiers">Dossiers</NavLink>
        </li>
        {staff && (
          <li>
            <NavLink to="/instruction" end>
              File d'instruction
            </NavLink>
          </li>
        )}
        <li>
          <NavLink to="/etablissements">{staff ? 'Établissements' : 'Mes établissements'}</NavLink>
        </li>
        {staff && (
          <>
            <li>
              <NavLink to="/demandes-de-compte">Demandes de compte</NavLink>
            </li>
            <li>
              <NavLink to="/instruction/etablissements">Modifications d'établissements</NavLink>
            </li>
            <li>
              <NavLink to="/instruction/rattachements">Rattachements</NavLink>
            </li>
            <li>
              <NavLink to="/instruction/rib">RIB à vérifier</NavLink>
            </li>
          </>
        )}
        {/* Every employer may open "Utilisateurs" (it lists what they administer); staff find any account there. */}
        <li>
          <NavLink to="/utilisateurs">Utilisateurs</NavLink>
        </li>
        <li>
          <NavLink to="/profil">Mon profil</NavLink>
        </li>
        {comingSoonSections.map((section) => (
          <li key={section.path}>
            <NavLink to={section.path}>{section.label}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
