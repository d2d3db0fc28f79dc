import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';

/** `bell`: the notifications bell (issue 6), beside the user's name. */
export function AppHeader({ displayName, onLogout, bell }: { displayName: string; onLogout: () => void; bell?: ReactNode }) {
  return (
    <header className="app-header">
      <Link to="/" className="app-name">
        Passerelle
      </Link>
      <div className="user-menu">
        {bell}
        <span className="user-name">{displayName}</span>
        <button type="button" className="button-secondary" onClick={onLogout}>
          Se déconnecter
        </button>
      </div>
    </header>
  );
}
