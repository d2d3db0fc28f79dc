import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { MAIN_CONTENT_ID } from '../layout/AppLayout';
import type { RegistrationApi } from './accountApi';
import { RegistrationPage } from './RegistrationPage';

const PUBLIC_PATHS = ['/inscription'];

/** The pages anyone may open without logging in: the SPA starts no Keycloak session for them. */
export function isPublicPath(pathname: string): boolean {
  return PUBLIC_PATHS.includes(pathname.replace(/\/$/, ''));
}

export function PublicApp({ registrationApi }: { registrationApi: RegistrationApi }) {
  return (
    <BrowserRouter>
      <header className="app-header">
        <p className="app-name">Passerelle</p>
      </header>
      <main id={MAIN_CONTENT_ID} tabIndex={-1}>
        <Routes>
          <Route path="inscription" element={<RegistrationPage registrationApi={registrationApi} />} />
        </Routes>
      </main>
    </BrowserRouter>
  );
}
