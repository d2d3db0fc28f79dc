import { Outlet } from 'react-router-dom';
import { AppHeader } from './AppHeader';
import { MainNav } from './MainNav';

export const MAIN_CONTENT_ID = 'contenu';

export interface AppLayoutProps {
  displayName: string;
  staff: boolean;
  onLogout: () => void;
}

export function AppLayout({ displayName, staff, onLogout }: AppLayoutProps) {
  return (
    <>
      <a href={`#${MAIN_CONTENT_ID}`} className="skip-link">
        Aller au contenu
      </a>
      <AppHeader displayName={displayName} onLogout={onLogout} />
      <MainNav staff={staff} />
      <main id={MAIN_CONTENT_ID} tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
