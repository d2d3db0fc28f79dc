import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import { postMessage } from '../../api/upload';
import { dossier, fakeDossierApi, summary } from '../../test/dossierFixtures';
import { nextXhr, stubXhrInEachTest } from '../../test/fakeXhr';
import { renderDossierPage } from '../../test/renderDossierPage';
import { DossierTable } from '../DossierTable';
import type { DossierMessage, MessagePage } from '../types';

function message(overrides: Partial<DossierMessage> = {}): DossierMessage {
  return {
    id: '11111111-1111-4111-8111-111111111111',
    side: 'OPCO',
    authorName: 'Gabriel Lefèvre',
    text: 'Merci de joindre le devis signé.',
    postedAt: '2026-11-20T09:00:00Z',
    attachments: [],
    documentRequest: null,
    readAt: null,
    readByName: null,
    ...overrides,
  };
}

function page(items: DossierMessage[], canWrite = true): MessagePage {
  return { items, nextCursor: null, canWrite };
}

const shown = dossier({ status: 'AWAITING_DOCUMENTS', allowedActions: ['ATTACH_DOCUMENT'] });
const messagesRegion = () => screen.findByRole('region', { name: 'Messages' });

describe('the messages of the dossier detail page', () => {
  stubXhrInEachTest();

  it('shows the request for documents as new, marks the thread read, and tells whether the OPCO read the company’s messages', async () => {
    const request = message({ documentRequest: { types: ['QUOTE', 'PROGRAMME'], dueDate: '2026-12-15' } });
    const answer = message({
      id: '22222222-2222-4222-8222-222222222222',
      side: 'COMPANY',
      authorName: 'Émilie Durand',
      text: 'Voici le devis.',
      postedAt: '2026-11-21T09:00:00Z',
      attachments: [{ id: '33333333-3333-4333-8333-333333333333', fileName: 'devis.pdf', contentType: 'application/pdf', size: 8 }],
      readAt: '2026-11-22T10:30:00Z',
      readByName: 'Gabriel Lefèvre',
    });
    const unanswered = message({ id: '44444444-4444-4444-8444-444444444444', side: 'COMPANY', authorName: 'Émilie Durand', text: 'Et ceci ?' });
    const dossierApi = fakeDossierApi({
      get: () => Promise.resolve(shown),
      history: () => Promise.resolve([]),
      messages: vi.fn(() => Promise.resolve(page([request, answer, unanswered]))),
    });

    renderDossierPage(shown.number, dossierApi);
    const messages = await messagesRegion();
    const items = await within(messages).findAllByRole('listitem', { name: /^Message de/ });

    expect(items[0]).toHaveTextContent('Gabriel Lefèvre (OPCO)');
    expect(items[0]).toHaveTextContent('Nouveau');
    expect(items[0]).toHaveTextContent('Demande de pièces : Devis, Programme de formation, à fournir au plus tard le 15/12/2026.');
    expect(items[1]).toHaveTextContent(/Lu par l'OPCO le 22\/11\/2026/);
    expect(within(items[1]).getByRole('button', { name: 'Télécharger « devis.pdf »' })).toBeVisible();
    expect(items[2]).toHaveTextContent("Pas encore lu par l'OPCO");
    expect(items[1]).not.toHaveTextContent('Nouveau');
    await vi.waitFor(() => expect(dossierApi.markMessagesRead).toHaveBeenCalledWith(shown.number));
  });

  it('says when there is no message yet and offers no form to a reader who may not write', async () => {
    const dossierApi = fakeDossierApi({
      get: () => Promise.resolve(shown),
      history: () => Promise.resolve([]),
      messages: vi.fn(() => Promise.resolve(page([], false))),
    });

    renderDossierPage(shown.number, dossierApi);
    const messages = await messagesRegion();

    expect(await within(messages).findByText("Aucun message pour l'instant.")).toBeVisible();
    expect(within(messages).queryByRole('form')).toBeNull();
    expect(dossierApi.markMessagesRead).not.toHaveBeenCalled();
  });

  it('sends the text and the files with their progress and an idempotency key, then shows the message', async () => {
    const user = userEvent.setup();
    const dossierApi = fakeDossierApi({
      get: () => Promise.resolve(shown),
      history: () => Promise.resolve([]),
      messages: vi.fn(() => Promise.resolve(page([]))),
      postMessage: vi.fn((number: string, upload, onProgress) => postMessage(() => Promise.resolve('jeton'), number, upload, onProgress)),
    });
    renderDossierPage(shown.number, dossierApi);
    const messages = await messagesRegion();
    const form = await within(messages).findByRole('form', { name: 'Écrire un message' });

    await user.click(within(form).getByRole('button', { name: 'Envoyer le message' }));
    expect(within(form).getByText('Écrivez votre message.')).toBeVisible();

    await user.type(within(form).getByLabelText('Message (obligatoire)'), 'Voici le devis signé.');
    await user.upload(within(form).getByLabelText('Pièces jointes'), [
      new File(['%PDF-1.4'], 'devis.pdf', { type: 'application/pdf' }),
      new File(['%PDF-1.4'], 'programme.pdf', { type: 'application/pdf' }),
    ]);
    await user.click(within(form).getByRole('button', { name: 'Envoyer le message' }));
    const request = await vi.waitFor(nextXhr);

    expect(request.url).toBe(`/api/v1/dossiers/${shown.number}/messages`);
    expect(request.headers['Idempotency-Key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(request.body?.get('text')).toBe('Voici le devis signé.');
    expect(request.body?.getAll('files').map((file) => (file as File).name)).toEqual(['devis.pdf', 'programme.pdf']);
    act(() => request.progress(60, 100));
    expect(within(form).getByRole('progressbar', { name: 'Envoi en cours : 60 %' })).toBeVisible();

    act(() =>
      request.respond(
        201,
        message({ side: 'COMPANY', authorName: 'Émilie Durand', text: 'Voici le devis signé.', postedAt: '2026-11-23T08:00:00Z' }),
      ),
    );
    const posted = await within(messages).findByRole('listitem', { name: 'Message de Émilie Durand' });
    expect(posted).toHaveTextContent("Voici le devis signé.Pas encore lu par l'OPCO");
    expect(within(form).getByLabelText('Message (obligatoire)')).toHaveValue('');
  });

  it('reads the thread again after a command, so that staff see their request for documents at once', async () => {
    const user = userEvent.setup();
    const inReview = dossier({ status: 'IN_REVIEW', allowedActions: ['REQUEST_DOCUMENTS'], version: 3 });
    const request = message({ documentRequest: { types: ['QUOTE'], dueDate: '2026-12-15' } });
    const messages = vi.fn().mockResolvedValueOnce(page([])).mockResolvedValue(page([request]));
    const dossierApi = fakeDossierApi({
      get: () => Promise.resolve(inReview),
      history: () => Promise.resolve([]),
      messages,
      run: vi.fn(() => Promise.resolve({ ...inReview, status: 'AWAITING_DOCUMENTS' as const, allowedActions: [], version: 4 })),
    });
    renderDossierPage(inReview.number, dossierApi);
    expect(await within(await messagesRegion()).findByText("Aucun message pour l'instant.")).toBeVisible();

    await user.click(await screen.findByRole('button', { name: 'Demander des pièces' }));
    const dialog = screen.getByRole('dialog', { name: 'Demander des pièces' });
    await user.click(within(dialog).getByLabelText('Devis'));
    await user.type(within(dialog).getByLabelText('Date limite (obligatoire)'), '2026-12-15');
    await user.type(within(dialog).getByLabelText("Message à l'employeur (obligatoire)"), 'Merci de joindre le devis signé.');
    await user.click(within(dialog).getByRole('button', { name: 'Demander des pièces' }));

    const shownRequest = await within(await messagesRegion()).findByRole('listitem', { name: 'Message de Gabriel Lefèvre' });
    expect(shownRequest).toHaveTextContent('Demande de pièces : Devis');
    expect(messages).toHaveBeenCalledTimes(2);
  });

  it('shows a refused file in French and keeps the text', async () => {
    const user = userEvent.setup();
    const dossierApi = fakeDossierApi({
      get: () => Promise.resolve(shown),
      history: () => Promise.resolve([]),
      messages: vi.fn(() => Promise.resolve(page([]))),
      postMessage: vi.fn((number: string, upload, onProgress) => postMessage(() => Promise.resolve('jeton'), number, upload, onProgress)),
    });
    renderDossierPage(shown.number, dossierApi);
    const form = await within(await messagesRegion()).findByRole('form', { name: 'Écrire un message' });
    await user.type(within(form).getByLabelText('Message (obligatoire)'), 'Un script');
    await user.upload(within(form).getByLabelText('Pièces jointes'), new File(['#!/bin/sh'], 'script.pdf'));
    await user.click(within(form).getByRole('button', { name: 'Envoyer le message' }));
    const request = await vi.waitFor(nextXhr);

    act(() => request.respond(415, { code: 'UNSUPPORTED_FILE_TYPE', status: 415, detail: 'Format refusé' }));

    expect(await within(form).findByRole('alert')).toHaveTextContent("Ce type de fichier n'est pas accepté");
    expect(within(form).getByLabelText('Message (obligatoire)')).toHaveValue('Un script');
  });
});

describe('the unread messages in the dossier list', () => {
  it('shows a count next to the dossiers with unread messages only', () => {
    render(
      <MemoryRouter>
        <DossierTable
          caption="Dossiers"
          dossiers={[summary({ number: '100000001', unreadMessages: 2 }), summary({ number: '100000002', unreadMessages: 0 })]}
          establishmentNames={new Map()}
          emptyMessage="Aucun dossier"
        />
      </MemoryRouter>,
    );

    const rows = screen.getAllByRole('row');
    expect(within(rows[1]).getByRole('rowheader')).toHaveTextContent('1000000012 messages non lus');
    expect(within(rows[2]).getByRole('rowheader')).toHaveTextContent(/^100000002$/);
  });
});
