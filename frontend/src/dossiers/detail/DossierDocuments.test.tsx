import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { DossierApi } from '../../api/dossiers';
import { MAX_UPLOAD_BYTES, uploadDocument } from '../../api/upload';
import { dossier, dossierDocument, fakeDossierApi } from '../../test/dossierFixtures';
import { renderDossierPage } from '../../test/renderDossierPage';
import { FakeXhr, nextXhr, stubXhrInEachTest } from '../../test/fakeXhr';
import type { Dossier } from '../types';

const quote = dossierDocument({
  sha256: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
});

/** The detail page whose uploads go through the real XMLHttpRequest module, against FakeXhr. */
function renderDetail(shown: Dossier, overrides: Partial<DossierApi> = {}) {
  const dossierApi = fakeDossierApi({
    get: () => Promise.resolve(shown),
    history: () => Promise.resolve([]),
    attach: vi.fn((target: Dossier, upload, onProgress) => uploadDocument(() => Promise.resolve('jeton'), target, upload, onProgress)),
    ...overrides,
  });
  renderDossierPage(shown.number, dossierApi);
  return dossierApi;
}

function pdf(name: string) {
  return new File(['%PDF-1.4'], name, { type: 'application/pdf' });
}

const documentsRegion = () => screen.findByRole('region', { name: 'Pièces justificatives' });

describe('the documents of the dossier detail page', () => {
  stubXhrInEachTest();

  it('shows the progress of the upload, then the dossier returned with the new document and a message', async () => {
    const user = userEvent.setup();
    const shown = dossier({ version: 2 });
    renderDetail(shown);
    const documents = await documentsRegion();
    expect(within(documents).getByRole('form', { name: 'Joindre une pièce' })).toHaveTextContent(
      'PDF, PNG, JPEG, DOCX, XLSX, ODT ou CSV, 20 Mo au plus.',
    );

    await user.selectOptions(within(documents).getByRole('combobox', { name: 'Type de pièce (obligatoire)' }), 'QUOTE');
    await user.upload(within(documents).getByLabelText('Fichier (obligatoire)'), pdf('devis-signé.pdf'));
    await user.click(within(documents).getByRole('button', { name: 'Joindre la pièce' }));
    const request = await vi.waitFor(nextXhr);
    expect(request.headers['If-Match']).toBe('"2"');

    act(() => request.progress(40, 100));
    expect(within(documents).getByRole('progressbar', { name: 'Envoi en cours : 40 %' })).toHaveAttribute('value', '40');
    expect(within(documents).getByRole('button', { name: 'Joindre la pièce' })).toBeDisabled();
    act(() => request.progress(100, 100));
    expect(within(documents).getByRole('progressbar', { name: 'Envoi en cours : 100 %' })).toHaveAttribute('value', '100');

    act(() => request.respond(200, { ...shown, version: 3, documents: [dossierDocument({ fileName: 'devis-signé.pdf' })] }));

    expect(await screen.findByText('La pièce « devis-signé.pdf » est jointe.')).toBeInTheDocument();
    expect(within(documents).getByRole('listitem')).toHaveTextContent('Devis : devis-signé.pdf (version 1');
    expect(within(documents).queryByRole('progressbar')).not.toBeInTheDocument();
    expect(within(documents).getByRole('combobox', { name: 'Type de pièce (obligatoire)' })).toHaveValue('');
  });

  it('says in French that a file type is not accepted and lets the user try again', async () => {
    const user = userEvent.setup();
    renderDetail(dossier());
    const documents = await documentsRegion();

    await user.selectOptions(within(documents).getByRole('combobox', { name: 'Type de pièce (obligatoire)' }), 'PROGRAMME');
    await user.upload(within(documents).getByLabelText('Fichier (obligatoire)'), pdf('programme.pdf'));
    await user.click(within(documents).getByRole('button', { name: 'Joindre la pièce' }));
    const request = await vi.waitFor(nextXhr);
    act(() => request.respond(415, { status: 415, code: 'UNSUPPORTED_FILE_TYPE', detail: 'Type refusé.' }));

    expect(await within(documents).findByRole('alert')).toHaveTextContent("Ce type de fichier n'est pas accepté");
    expect(within(documents).queryByRole('progressbar')).not.toBeInTheDocument();
    expect(within(documents).getByRole('button', { name: 'Joindre la pièce' })).toBeEnabled();
  });

  it('refuses a file over 20 MB before sending anything', async () => {
    const user = userEvent.setup();
    const dossierApi = renderDetail(dossier());
    const documents = await documentsRegion();
    const big = pdf('scan.pdf');
    Object.defineProperty(big, 'size', { value: MAX_UPLOAD_BYTES + 1 });

    await user.selectOptions(within(documents).getByRole('combobox', { name: 'Type de pièce (obligatoire)' }), 'QUOTE');
    await user.upload(within(documents).getByLabelText('Fichier (obligatoire)'), big);
    await user.click(within(documents).getByRole('button', { name: 'Joindre la pièce' }));

    expect(await within(documents).findByRole('alert')).toHaveTextContent('Le fichier dépasse 20 Mo');
    expect(FakeXhr.sent).toEqual([]);
    expect(dossierApi.attach).toHaveBeenCalledTimes(1);
  });

  it('asks for the type and the file before sending', async () => {
    const user = userEvent.setup();
    renderDetail(dossier());
    const documents = await documentsRegion();

    await user.click(within(documents).getByRole('button', { name: 'Joindre la pièce' }));

    expect(within(documents).getByRole('combobox', { name: 'Type de pièce (obligatoire)' })).toHaveAccessibleDescription(
      'Choisissez le type de pièce.',
    );
    expect(within(documents).getByLabelText('Fichier (obligatoire)')).toHaveAccessibleDescription(
      'PDF, PNG, JPEG, DOCX, XLSX, ODT ou CSV, 20 Mo au plus. Choisissez le fichier à joindre.',
    );
    expect(FakeXhr.sent).toEqual([]);
  });

  it('offers neither the upload form nor replacement without ATTACH_DOCUMENT, but still the download', async () => {
    renderDetail(dossier({ status: 'IN_REVIEW', allowedActions: ['GRANT'], documents: [quote] }));
    const documents = await documentsRegion();

    expect(within(documents).queryByRole('combobox')).not.toBeInTheDocument();
    expect(within(documents).queryByLabelText(/Fichier/)).not.toBeInTheDocument();
    expect(within(documents).queryByRole('button', { name: 'Joindre la pièce' })).not.toBeInTheDocument();
    expect(within(documents).queryByRole('button', { name: /^Remplacer/ })).not.toBeInTheDocument();
    expect(within(documents).getByRole('button', { name: 'Télécharger devis.pdf, version 1' })).toBeInTheDocument();
  });

  it('neither offers to upload a letter nor to replace the decision letter, which Passerelle writes', async () => {
    const letter = dossierDocument({ id: '7a2b3c4d-5e6f-4789-8abc-def012345678', type: 'LETTER', fileName: 'Courrier-accord-100000001.pdf' });
    renderDetail(dossier({ status: 'GRANTED', allowedActions: ['ATTACH_DOCUMENT'], documents: [quote, letter] }));
    const documents = await documentsRegion();

    expect(within(documents).getByRole('button', { name: 'Remplacer devis.pdf' })).toBeInTheDocument();
    expect(within(documents).queryByRole('button', { name: 'Remplacer Courrier-accord-100000001.pdf' })).not.toBeInTheDocument();
    expect(within(documents).getByRole('button', { name: 'Télécharger Courrier-accord-100000001.pdf, version 1' })).toBeInTheDocument();
    const types = within(within(documents).getByRole('form', { name: 'Joindre une pièce' })).getByRole('combobox', { name: /Type de pièce/ });
    expect(within(types).queryByRole('option', { name: 'Courrier' })).not.toBeInTheDocument();
    expect(within(types).getByRole('option', { name: 'Devis' })).toBeInTheDocument();
  });

  it('chooses the first requested type not attached since the request and lists those still missing', async () => {
    renderDetail(
      dossier({
        status: 'AWAITING_DOCUMENTS',
        documents: [
          dossierDocument({ type: 'PROGRAMME', fileName: 'programme.pdf', attachedAt: '2026-11-23T08:00:00Z' }),
          dossierDocument({ id: 'c2', type: 'QUOTE', fileName: 'ancien-devis.pdf', attachedAt: '2026-11-20T08:00:00Z' }),
        ],
        documentRequest: {
          types: ['PROGRAMME', 'QUOTE', 'CALENDAR'],
          dueDate: '2026-12-15',
          message: 'Merci.',
          requestedAt: '2026-11-22T09:00:00Z',
        },
      }),
    );
    const documents = await documentsRegion();

    expect(within(documents).getByRole('combobox', { name: 'Type de pièce (obligatoire)' })).toHaveValue('QUOTE');
    expect(documents).toHaveTextContent("Pièces demandées par l'OPCO encore à joindre : Devis, Calendrier.");
  });

  it('replaces a current document with a new version of the same type', async () => {
    const user = userEvent.setup();
    const shown = dossier({ documents: [quote] });
    const dossierApi = renderDetail(shown);
    const documents = await documentsRegion();

    await user.click(within(documents).getByRole('button', { name: 'Remplacer devis.pdf' }));
    const form = within(documents).getByRole('form', { name: 'Remplacer devis.pdf' });
    await user.upload(within(form).getByLabelText('Nouvelle version de « devis.pdf » (obligatoire)'), pdf('devis-v2.pdf'));
    await user.click(within(form).getByRole('button', { name: 'Envoyer la nouvelle version' }));
    const request = await vi.waitFor(nextXhr);

    expect(request.body!.get('type')).toBe('QUOTE');
    expect(request.body!.get('replaces')).toBe(quote.id);
    expect(dossierApi.attach).toHaveBeenCalledWith(shown, expect.objectContaining({ type: 'QUOTE', replaces: quote.id }), expect.any(Function));
    const replacement = dossierDocument({ id: 'v2', fileName: 'devis-v2.pdf', version: 2, replaces: quote.id });
    act(() => request.respond(200, { ...shown, version: 2, documents: [{ ...quote, superseded: true, supersededBy: 'v2' }, replacement] }));

    expect(await screen.findByText('La pièce « devis-v2.pdf » est jointe.')).toBeInTheDocument();
    const [current, superseded] = within(documents).getAllByRole('listitem');
    expect(current).toHaveTextContent('devis-v2.pdf (version 2');
    expect(superseded).toHaveTextContent('devis.pdf (version 1');
    expect(superseded).toHaveTextContent('remplacée');
    expect(within(documents).queryByRole('form', { name: /^Remplacer/ })).not.toBeInTheDocument();
    expect(within(documents).getAllByRole('button', { name: /^Remplacer/ })).toHaveLength(1);
  });

  it('downloads a document under its name and shows its checksum', async () => {
    const user = userEvent.setup();
    const blob = new Blob(['%PDF-1.4'], { type: 'application/pdf' });
    const download = vi.fn(() => Promise.resolve(blob));
    const shown = dossier({ documents: [quote] });
    renderDetail(shown, { download });
    const createObjectURL = vi.fn(() => 'blob:passerelle/1');
    const revokeObjectURL = vi.fn();
    vi.stubGlobal('URL', class extends URL {
      static createObjectURL = createObjectURL;
      static revokeObjectURL = revokeObjectURL;
    });
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const documents = await documentsRegion();

    expect(within(documents).getByTitle(quote.sha256!)).toHaveTextContent('9f86d081884c…');
    await user.click(within(documents).getByRole('button', { name: 'Télécharger devis.pdf, version 1' }));

    expect(download).toHaveBeenCalledWith(shown, quote);
    expect(createObjectURL).toHaveBeenCalledWith(blob);
    expect(clicked).toHaveLength(1);
    expect(clicked[0]).toHaveAttribute('href', 'blob:passerelle/1');
    expect(clicked[0]).toHaveAttribute('download', 'devis.pdf');
    await vi.waitFor(() => expect(revokeObjectURL).toHaveBeenCalledWith('blob:passerelle/1'));
    expect(within(documents).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says so when a download fails', async () => {
    const user = userEvent.setup();
    renderDetail(dossier({ documents: [quote] }), { download: () => Promise.reject(new Error('Le service Passerelle est injoignable.')) });
    const documents = await documentsRegion();

    await user.click(within(documents).getByRole('button', { name: 'Télécharger devis.pdf, version 1' }));

    expect(await within(documents).findByRole('alert')).toHaveTextContent(
      "La pièce « devis.pdf » n'a pas pu être téléchargée. Le service Passerelle est injoignable.",
    );
  });
});
