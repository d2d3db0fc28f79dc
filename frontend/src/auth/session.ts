import Keycloak from 'keycloak-js';
import type { Role } from '../api/me';
import type { SpaConfig } from '../config/spaConfig';

const MIN_TOKEN_VALIDITY_SECONDS = 30;
const REFRESH_CHECK_INTERVAL_MS = 10_000;

export interface Session {
  displayName: string;
  roles: Role[];
  accessToken(): Promise<string>;
  logout(): void;
}

export async function startSession(config: SpaConfig): Promise<Session> {
  const keycloak = new Keycloak({ url: config.keycloakUrl, realm: config.realm, clientId: config.clientId });
  const authenticated = await keycloak.init({
    onLoad: 'login-required',
    pkceMethod: 'S256',
    checkLoginIframe: false,
  });
  if (!authenticated) {
    throw new Error('Keycloak did not authenticate the user');
  }
  window.setInterval(() => void refreshToken(keycloak), REFRESH_CHECK_INTERVAL_MS);

  return {
    displayName: keycloak.idTokenParsed?.name ?? keycloak.idTokenParsed?.preferred_username ?? '',
    roles: (keycloak.tokenParsed?.realm_access?.roles ?? []).filter(isPasserelleRole),
    async accessToken() {
      await refreshToken(keycloak);
      return keycloak.token ?? '';
    },
    logout() {
      void keycloak.logout({ redirectUri: `${window.location.origin}/` });
    },
  };
}

const PASSERELLE_ROLES: readonly string[] = ['employer', 'training-body', 'opco-staff', 'partner'] satisfies Role[];

function isPasserelleRole(role: string): role is Role {
  return PASSERELLE_ROLES.includes(role);
}

async function refreshToken(keycloak: Keycloak): Promise<void> {
  try {
    await keycloak.updateToken(MIN_TOKEN_VALIDITY_SECONDS);
  } catch {
    await keycloak.login();
  }
}
