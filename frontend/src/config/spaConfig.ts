export interface SpaConfig {
  keycloakUrl: string;
  realm: string;
  clientId: string;
}

export async function fetchSpaConfig(): Promise<SpaConfig> {
  const response = await fetch('/spa-config.json', { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw new Error(`GET /spa-config.json answered ${response.status}`);
  }
  return (await response.json()) as SpaConfig;
}
