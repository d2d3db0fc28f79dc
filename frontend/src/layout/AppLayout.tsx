import { Outlet } from 'react-router-dom';
import type { NotificationApi } from '../api/notifications';
import { NotificationBell } from '../notifications/NotificationBell';
import { AppHeader } from './AppHeader';
import { MainNav } from './MainNav';

export const MAIN_CONTENT_ID = 'contenu';

export interface AppLayoutProps {
  displayName: string;
  staff: boolean;
  onLogout: () => void;
  notificationApi: Pick<NotificationApi, 'unreadCount'>;
}

export function AppLayout({ displayName, staff, onLogout, notificationApi }: AppLayoutProps) {
  return (
    <>
      <a href={`#${MAIN_CONTENT_ID}`} className="skip-link">
        Aller au contenu
      </a>
      <AppHeader displayName={displayName} onLogout={onLogout} bell={<NotificationBell notificationApi={notificationApi} />} />
      <MainNav staff={staff} />
      <main id={MAIN_CONTENT_ID} tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
