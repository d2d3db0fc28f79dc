import { Outlet } from 'react-router-dom';
import { AppHeader } from './AppHeader';
import { MainNav } from './MainNav';

export const MAIN_CONTENT_ID = 'contenu';

export function AppLayout({ displayName, onLogout }: { displayName: string; onLogout: () => void }) {
  return (
    <>
      <a href={`#${MAIN_CONTENT_ID}`} className="skip-link">
        Aller au contenu
      </a>
      <AppHeader displayName={displayName} onLogout={onLogout} />
      <MainNav />
      <main id={MAIN_CONTENT_ID} tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
