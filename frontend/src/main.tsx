import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiClient } from './api/client';
import { createDossierApi } from './api/dossiers';
import { createEstablishmentApi } from './api/establishments';
import { createInvoiceApi } from './api/invoices';
import { fetchMe } from './api/me';
import { createAccountRequestsApi, createRegistrationApi, requestIdentifierReminder } from './account/accountApi';
import { PublicApp, isPublicPath } from './account/PublicApp';
import { createUserApi } from './api/users';
import { createNotificationApi } from './api/notifications';
import { App } from './App';
import { startSession } from './auth/session';
import { fetchSpaConfig } from './config/spaConfig';
import { StartupMessage } from './StartupMessage';
import './styles.css';

async function start(root: ReturnType<typeof createRoot>) {
  if (isPublicPath(window.location.pathname)) {
    root.render(
      <StrictMode>
        <PublicApp registrationApi={createRegistrationApi()} requestReminder={requestIdentifierReminder} />
      </StrictMode>,
    );
    return;
  }
  root.render(<StartupMessage message="Connexion en cours…" />);
  try {
    const session = await startSession(await fetchSpaConfig());
    const api = createApiClient(() => session.accessToken());
    const loadMe = () => fetchMe(api);
    const dossierApi = createDossierApi(api, () => session.accessToken());
    const establishmentApi = createEstablishmentApi(api, () => session.accessToken());
    const userApi = createUserApi(api);
    root.render(
      <StrictMode>
        <App
          displayName={session.displayName}
          roles={session.roles}
          onLogout={() => session.logout()}
          loadMe={loadMe}
          dossierApi={dossierApi}
          accountApi={createAccountRequestsApi(api)}
          establishmentApi={establishmentApi}
          userApi={userApi}
          notificationApi={createNotificationApi(api)}
          invoiceApi={createInvoiceApi(api, () => session.accessToken())}
        />
      </StrictMode>,
    );
  } catch (error) {
    console.error(error);
    root.render(
      <StartupMessage failed message="La connexion à Passerelle a échoué. Rechargez la page ou réessayez plus tard." />,
    );
  }
}

void start(createRoot(document.getElementById('root')!));
