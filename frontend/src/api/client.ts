import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { paths } from './schema';

export type ApiClient = Client<paths>;

export function bearerToken(accessToken: () => Promise<string>): Middleware {
  return {
    async onRequest({ request }) {
      request.headers.set('Authorization', `Bearer ${await accessToken()}`);
      return request;
    },
  };
}

export function createApiClient(accessToken: () => Promise<string>): ApiClient {
  const client = createClient<paths>({ baseUrl: window.location.origin });
  client.use(bearerToken(accessToken));
  return client;
}
