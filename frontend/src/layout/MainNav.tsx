import { NavLink } from 'react-router-dom';

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
        {/* Funding accounts, invoices and payments (issue 7) */}
        {!staff && (
          <li>
            <NavLink to="/comptes">Mes comptes</NavLink>
          </li>
        )}
        <li>
          <NavLink to="/factures">Factures</NavLink>
        </li>
        <li>
          <NavLink to="/reglements">Règlements</NavLink>
        </li>
        {staff && (
          <li>
            <NavLink to="/instruction/organismes/rib">RIB des organismes</NavLink>
          </li>
        )}
      </ul>
    </nav>
  );
}
