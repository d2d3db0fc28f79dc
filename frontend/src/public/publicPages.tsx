import createClient from 'openapi-fetch';
import type { ReactNode } from 'react';
import { call } from '../api/problem';
import type { paths } from '../api/schema';
import { IdentifierReminderPage } from './IdentifierReminderPage';

/**
 * Pages reachable without logging in: main.tsx renders them instead of starting the Keycloak session. A minimal
 * mechanism, path by path; other public pages (e.g. "Créer un compte") add their entry here.
 */
export function publicPageFor(pathname: string): ReactNode | null {
  const api = createClient<paths>({ baseUrl: window.location.origin });
  switch (pathname.replace(/\/+$/, '')) {
    case '/identifiant-oublie':
      return (
        <IdentifierReminderPage
          requestReminder={async (request) =>
            (await call(() => api.POST('/api/v1/identifier-reminders', { body: request }))).data.message
          }
        />
      );
    default:
      return null;
  }
}
