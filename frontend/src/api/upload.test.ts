import { describe, expect, it, vi } from 'vitest';
import { dossier } from '../test/dossierFixtures';
import { FakeXhr, nextXhr, stubXhrInEachTest } from '../test/fakeXhr';
import { ApiError, UNREACHABLE } from './problem';
import { FILE_TOO_LARGE, MAX_UPLOAD_BYTES, resubmitInvoice, terminateDossier, UNSUPPORTED_FILE_TYPE, uploadDocument } from './upload';

const pdf = () => new File(['%PDF-1.4'], 'devis.pdf', { type: 'application/pdf' });
const accessToken = () => Promise.resolve('jeton');

/** Lets the upload get its token and send its request, then takes that request. */
const sent = () => vi.waitFor(nextXhr);

describe('uploadDocument', () => {
  stubXhrInEachTest();

  it('posts the type, the version replaced and the file with the token and the ETag, reporting progress', async () => {
    const shown = dossier({ version: 3 });
    const file = pdf();
    const progress: number[] = [];
    const done = uploadDocument(accessToken, shown, { type: 'QUOTE', file, replaces: 'a1b2' }, (percent) => progress.push(percent));
    const request = await sent();

    expect(request.method).toBe('POST');
    expect(request.url).toBe('/api/v1/dossiers/100000001/documents');
    expect(request.headers).toMatchObject({ Authorization: 'Bearer jeton', 'If-Match': '"3"' });
    expect([...request.body!.keys()]).toEqual(['type', 'replaces', 'file']);
    expect(request.body!.get('type')).toBe('QUOTE');
    expect(request.body!.get('replaces')).toBe('a1b2');
    expect((request.body!.get('file') as File).name).toBe('devis.pdf');

    request.progress(1, 4);
    request.progress(4, 4);
    request.respond(200, { ...shown, version: 4 });

    await expect(done).resolves.toMatchObject({ version: 4 });
    expect(progress).toEqual([25, 100]);
  });

  it('refuses a file over 20 MB without sending anything', async () => {
    const file = pdf();
    Object.defineProperty(file, 'size', { value: MAX_UPLOAD_BYTES + 1 });
    const token = vi.fn(accessToken);

    await expect(uploadDocument(token, dossier(), { type: 'QUOTE', file }, () => {})).rejects.toMatchObject({
      status: 413,
      message: FILE_TOO_LARGE,
    });
    expect(token).not.toHaveBeenCalled();
    expect(FakeXhr.sent).toEqual([]);
  });

  it.each([
    [415, { status: 415, code: 'UNSUPPORTED_FILE_TYPE', detail: 'Unsupported' }, UNSUPPORTED_FILE_TYPE],
    [413, undefined, FILE_TOO_LARGE],
  ])('says in French why a %i was refused', async (status, problem, message) => {
    const done = uploadDocument(accessToken, dossier(), { type: 'QUOTE', file: pdf() }, () => {});
    (await sent()).respond(status, problem);

    await expect(done).rejects.toMatchObject({ status, message });
  });

  it('tells to reload when the dossier changed meanwhile, and keeps the field errors of a 422', async () => {
    const stale = uploadDocument(accessToken, dossier(), { type: 'QUOTE', file: pdf() }, () => {});
    (await sent()).respond(412, { status: 412, code: 'PRECONDITION_FAILED', detail: 'Le dossier a changé.' });
    await expect(stale).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
      message: 'Le dossier a changé. Le dossier a été modifié ailleurs : rechargez la page pour repartir de sa dernière version.',
    });

    const fieldError = { field: 'replaces', code: 'NOT_CURRENT', message: 'Cette version a déjà été remplacée.' };
    const invalid = uploadDocument(accessToken, dossier(), { type: 'QUOTE', file: pdf(), replaces: 'a1b2' }, () => {});
    (await sent()).respond(422, { status: 422, code: 'DOCUMENT_INVALID', detail: 'Pièce refusée.', errors: [fieldError] });
    const error = await invalid.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).fieldErrors).toEqual([fieldError]);
  });

  it('says the service is unreachable when the request fails', async () => {
    const done = uploadDocument(accessToken, dossier(), { type: 'QUOTE', file: pdf() }, () => {});
    (await sent()).fail();

    await expect(done).rejects.toMatchObject({ status: 0, message: UNREACHABLE });
  });
});

describe('commands sent as multipart', () => {
  stubXhrInEachTest();

  it('declares a termination with the ETag, its fields, then the signed form', async () => {
    const done = terminateDossier(accessToken, dossier({ version: 5 }), { endDate: '2027-01-15', reason: 'Démission', file: pdf() }, () => {});
    const request = await sent();

    expect(request.url).toBe('/api/v1/dossiers/100000001/terminate');
    expect(request.headers).toMatchObject({ Authorization: 'Bearer jeton', 'If-Match': '"5"' });
    expect([...request.body!.keys()]).toEqual(['endDate', 'reason', 'file']);
    request.respond(200, dossier({ status: 'TERMINATED', version: 6 }));
    await expect(done).resolves.toMatchObject({ status: 'TERMINATED' });
  });

  it('resubmits an invoice with its amount only when no new PDF is given', async () => {
    const done = resubmitInvoice(accessToken, 'f1', { amount: '1100.00' }, () => {});
    const request = await sent();

    expect(request.url).toBe('/api/v1/invoices/f1/resubmit');
    expect([...request.body!.entries()]).toEqual([['amount', '1100.00']]);
    request.respond(422, { detail: 'Le montant dépasse le montant accordé.', code: 'INVOICE_EXCEEDS_GRANT' });
    await expect(done).rejects.toThrow('Le montant dépasse le montant accordé.');
  });
});
