import createClient from 'openapi-fetch';
import { describe, expect, it } from 'vitest';
import { emilie } from '../test/fixtures';
import { bearerToken } from './client';
import { fetchMe } from './me';
import type { paths } from './schema';

function apiAnswering(answer: (request: Request) => Response | Promise<Response>) {
  const client = createClient<paths>({ baseUrl: 'http://passerelle.test', fetch: async (request) => answer(request) });
  client.use(bearerToken(async () => 'fresh-token'));
  return client;
}

function json(body: unknown, status: number, contentType = 'application/json') {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } });
}

describe('fetchMe', () => {
  it('sends the access token as a bearer token', async () => {
    let authorization: string | null = null;
    const api = apiAnswering((request) => {
      authorization = request.headers.get('Authorization');
      return json(emilie, 200);
    });

    await expect(fetchMe(api)).resolves.toEqual(emilie);
    expect(authorization).toBe('Bearer fresh-token');
  });

  it('rejects with the French detail of a problem', async () => {
    const api = apiAnswering(() =>
      json(
        {
          type: 'https://passerelle.example/problems/forbidden',
          title: 'Accès refusé',
          status: 403,
          code: 'FORBIDDEN',
          detail: "Votre rôle ne permet pas d'accéder à cette ressource.",
        },
        403,
        'application/problem+json',
      ),
    );

    await expect(fetchMe(api)).rejects.toThrow("Votre rôle ne permet pas d'accéder à cette ressource.");
  });

  it('rejects with a French message when the answer is not a problem', async () => {
    const api = apiAnswering(() => new Response('Bad Gateway', { status: 502 }));

    await expect(fetchMe(api)).rejects.toThrow('Le service Passerelle a répondu de façon inattendue.');
  });

  it('rejects with a French message when the service is unreachable', async () => {
    const api = apiAnswering(() => Promise.reject(new TypeError('fetch failed')));

    await expect(fetchMe(api)).rejects.toThrow('Le service Passerelle est injoignable.');
  });
});
