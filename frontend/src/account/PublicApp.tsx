import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { MAIN_CONTENT_ID } from '../layout/AppLayout';
import { IdentifierReminderPage, type IdentifierReminderPageProps } from '../public/IdentifierReminderPage';
import type { RegistrationApi } from './accountApi';
import { RegistrationPage } from './RegistrationPage';

const PUBLIC_PATHS = ['/inscription', '/identifiant-oublie'];

/** The pages anyone may open without logging in: the SPA starts no Keycloak session for them. */
export function isPublicPath(pathname: string): boolean {
  return PUBLIC_PATHS.includes(pathname.replace(/\/$/, ''));
}

export interface PublicAppProps {
  registrationApi: RegistrationApi;
  requestReminder: IdentifierReminderPageProps['requestReminder'];
}

export function PublicApp({ registrationApi, requestReminder }: PublicAppProps) {
  return (
    <BrowserRouter>
      <header className="app-header">
        <p className="app-name">Passerelle</p>
      </header>
      <main id={MAIN_CONTENT_ID} tabIndex={-1}>
        <Routes>
          <Route path="inscription" element={<RegistrationPage registrationApi={registrationApi} />} />
          <Route path="identifiant-oublie" element={<IdentifierReminderPage requestReminder={requestReminder} />} />
        </Routes>
      </main>
    </BrowserRouter>
  );
}
