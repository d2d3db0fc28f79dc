import { Link } from 'react-router-dom';

export function AppHeader({ displayName, onLogout }: { displayName: string; onLogout: () => void }) {
  return (
    <header className="app-header">
      <Link to="/" className="app-name">
        Passerelle
      </Link>
      <div className="user-menu">
        <span className="user-name">{displayName}</span>
        <button type="button" className="button-secondary" onClick={onLogout}>
          Se déconnecter
        </button>
      </div>
    </header>
  );
}
