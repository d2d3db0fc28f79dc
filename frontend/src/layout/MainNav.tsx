import { NavLink } from 'react-router-dom';

export const sections = [
  { path: '/dossiers', label: 'Dossiers' },
  { path: '/etablissements', label: 'Établissements' },
  { path: '/factures', label: 'Factures' },
  { path: '/reglements', label: 'Règlements' },
];

export function MainNav() {
  return (
    <nav aria-label="Navigation principale" className="main-nav">
      <ul>
        <li>
          <NavLink to="/" end>
            Tableau de bord
          </NavLink>
        </li>
        {sections.map((section) => (
          <li key={section.path}>
            <NavLink to={section.path}>{section.label}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
