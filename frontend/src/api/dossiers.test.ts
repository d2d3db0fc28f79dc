import createClient from 'openapi-fetch';
import { describe, expect, it } from 'vitest';
import { dossier, dossierDocument } from '../test/dossierFixtures';
import { noFilters } from '../dossiers/types';
import { bearerToken } from './client';
import { createDossierApi } from './dossiers';
import { ApiError } from './problem';
import type { paths } from './schema';

function recordingApi(answer: (request: Request) => Response) {
  const requests: Request[] = [];
  const client = createClient<paths>({
    baseUrl: 'http://passerelle.test',
    fetch: async (request) => {
      requests.push(request.clone());
      return answer(request);
    },
  });
  client.use(bearerToken(() => Promise.resolve('jeton')));
  return { dossierApi: createDossierApi(client, () => Promise.resolve('jeton')), requests };
}

function json(body: unknown, status = 200, contentType = 'application/json') {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } });
}

describe('createDossierApi', () => {
  it('sends the filters that are set, the page size and the cursor', async () => {
    const { dossierApi, requests } = recordingApi(() => json({ items: [], nextCursor: null }));

    await dossierApi.list({ ...noFilters, status: 'DRAFT', startYear: '2027', q: ' soudure ' }, 'abc');

    const url = new URL(requests[0].url);
    expect(url.pathname).toBe('/api/v1/dossiers');
    expect(Object.fromEntries(url.searchParams)).toEqual({ status: 'DRAFT', startYear: '2027', q: 'soudure', limit: '50', cursor: 'abc' });
  });

  it('saves a draft with the ETag it read as If-Match', async () => {
    const draft = dossier({ version: 4 });
    const { dossierApi, requests } = recordingApi(() => json({ ...draft, version: 5 }));

    await expect(dossierApi.save(draft, { training: { title: 'Soudure' } })).resolves.toMatchObject({ version: 5 });

    expect(requests[0].method).toBe('PUT');
    expect(requests[0].headers.get('If-Match')).toBe('"4"');
    await expect(requests[0].json()).resolves.toEqual({ training: { title: 'Soudure' } });
  });

  it('posts commands to their sub-resource with what they need', async () => {
    const { dossierApi, requests } = recordingApi(() => json(dossier()));

    await dossierApi.run(dossier(), { action: 'DECLINE_REQUEST', reason: 'Hors délai' });

    expect(new URL(requests[0].url).pathname).toBe('/api/v1/dossiers/100000001/pending-request/decline');
    expect(requests[0].headers.get('If-Match')).toBe('"1"');
    await expect(requests[0].json()).resolves.toEqual({ reason: 'Hors délai' });
  });

  it('turns a 422 problem into an ApiError carrying the field errors', async () => {
    const problem = {
      type: 'https://passerelle.example/problems/dossier-invalid',
      title: 'Dossier incomplet',
      status: 422,
      code: 'DOSSIER_INVALID',
      detail: 'Le dossier est incomplet.',
      errors: [{ field: 'content.training.startDate', code: 'REQUIRED', message: 'La date de début est obligatoire.' }],
    };
    const { dossierApi } = recordingApi(() => json(problem, 422, 'application/problem+json'));

    const error = await dossierApi.run(dossier(), { action: 'SUBMIT' }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 422, code: 'DOSSIER_INVALID', message: 'Le dossier est incomplet.' });
    expect((error as ApiError).fieldErrors).toEqual(problem.errors);
  });

  it('downloads a document with the bearer token, as a blob', async () => {
    const document = dossierDocument();
    const { dossierApi, requests } = recordingApi(
      () => new Response('%PDF-1.4', { headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': 'attachment; filename="devis.pdf"' } }),
    );

    const blob = await dossierApi.download(dossier(), document);

    expect(requests[0].method).toBe('GET');
    expect(new URL(requests[0].url).pathname).toBe('/api/v1/dossiers/100000001/documents/6f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9');
    expect(requests[0].headers.get('Authorization')).toBe('Bearer jeton');
    await expect(blob.text()).resolves.toBe('%PDF-1.4');
  });

  it('turns a failed download into an ApiError with the problem detail', async () => {
    const document = dossierDocument();
    const { dossierApi } = recordingApi(() =>
      json({ status: 404, code: 'NOT_FOUND', detail: "Cette pièce n'existe pas." }, 404, 'application/problem+json'),
    );

    await expect(dossierApi.download(dossier(), document)).rejects.toMatchObject({ status: 404, message: "Cette pièce n'existe pas." });
  });
});
