import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { DossierApi } from '../../api/dossiers';
import { axeViolations } from '../../test/axe';
import { dossier, fakeDossierApi } from '../../test/dossierFixtures';
import { renderDossierPage } from '../../test/renderDossierPage';
import type { Dossier, HistoryEntry } from '../types';

const submitted: HistoryEntry = {
  at: '2026-11-21T08:30:00Z',
  by: 'Émilie Durand',
  from: 'DRAFT',
  to: 'SUBMITTED',
  action: 'SUBMIT',
  reason: null,
};

function renderDetail(shown: Dossier, overrides: Partial<DossierApi> = {}) {
  const dossierApi = fakeDossierApi({
    get: () => Promise.resolve(shown),
    history: () => Promise.resolve([submitted]),
    ...overrides,
  });
  renderDossierPage(shown.number, dossierApi);
  return dossierApi;
}

async function actionButtons() {
  const actions = await screen.findByRole('region', { name: 'Actions possibles' });
  return Array.from(actions.querySelectorAll('a, button'), (control) => control.textContent);
}

describe('DossierDetailPage', () => {
  it('tells a draft apart as not sent to the OPCO and offers only the draft actions it allows', async () => {
    renderDetail(dossier({ allowedActions: ['SAVE_DRAFT', 'DELETE_DRAFT', 'SUBMIT', 'ATTACH_DOCUMENT'] }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Dossier n° 100000001' })).toBeInTheDocument();
    expect(screen.getByText(/Ce brouillon n'a pas encore été transmis à l'OPCO\./)).toBeInTheDocument();
    expect(await actionButtons()).toEqual(['Modifier le brouillon', "Envoyer à l'OPCO", 'Supprimer le brouillon']);
    expect(screen.getByRole('link', { name: 'Modifier le brouillon' })).toHaveAttribute('href', '/dossiers/100000001/modifier');
    expect(screen.getByText('Boulangerie Durand — Lyon')).toBeInTheDocument();
    const history = screen.getByRole('region', { name: 'Historique' });
    expect(history).toHaveTextContent("Demande transmise à l'OPCO par Émilie Durand (Brouillon → Transmis)");
  });

  it('shows the staff exactly the review actions the API allows', async () => {
    renderDetail(dossier({ status: 'IN_REVIEW', allowedActions: ['REQUEST_DOCUMENTS', 'GRANT', 'REFUSE'] }));

    expect(await actionButtons()).toEqual(['Demander des pièces', 'Accorder la prise en charge', 'Refuser la prise en charge']);
    expect(screen.queryByRole('button', { name: 'Prendre en instruction' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Modifier le brouillon' })).not.toBeInTheDocument();
  });

  it('shows no action at all when none is allowed, nor for allowed actions the contract has no endpoint for', async () => {
    renderDetail(dossier({ status: 'GRANTED', grantedAmount: '900.00', allowedActions: ['REMOVE_DOCUMENT'] }));

    expect(await screen.findByText(/La prise en charge est accordée/)).toBeInTheDocument();
    expect(screen.getByText(/Montant accordé : 900,00/)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Actions possibles' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Déposer une facture sur ce dossier' })).toHaveAttribute(
      'href',
      expect.stringContaining('/factures/deposer?dossier='),
    );
  });

  it('offers staff to settle the balance of a granted dossier', async () => {
    renderDetail(dossier({ status: 'GRANTED', grantedAmount: '900.00', allowedActions: ['CLOSE_BALANCE'] }));

    expect(await screen.findByRole('button', { name: 'Solder le dossier' })).toBeInTheDocument();
  });

  it('asks staff for the typed documents, a due date and a message, then shows the new state', async () => {
    const user = userEvent.setup();
    const inReview = dossier({ status: 'IN_REVIEW', allowedActions: ['REQUEST_DOCUMENTS'] });
    const awaiting = dossier({
      status: 'AWAITING_DOCUMENTS',
      allowedActions: [],
      documentRequest: { types: ['QUOTE'], dueDate: '2026-12-15', message: 'Merci de joindre le devis signé.', requestedAt: '2026-11-22T09:00:00Z' },
    });
    const run = vi.fn(() => Promise.resolve(awaiting));
    renderDetail(inReview, { run });

    await user.click(await screen.findByRole('button', { name: 'Demander des pièces' }));
    const dialog = screen.getByRole('dialog', { name: 'Demander des pièces' });
    await user.click(within(dialog).getByRole('button', { name: 'Demander des pièces' }));
    expect(within(dialog).getByRole('group', { name: 'Pièces demandées (obligatoire)' })).toHaveTextContent('Cochez au moins une pièce.');
    expect(run).not.toHaveBeenCalled();

    await user.click(within(dialog).getByLabelText('Devis'));
    await user.type(within(dialog).getByLabelText('Date limite (obligatoire)'), '2026-12-15');
    await user.type(within(dialog).getByLabelText("Message à l'employeur (obligatoire)"), 'Merci de joindre le devis signé.');
    await user.click(within(dialog).getByRole('button', { name: 'Demander des pièces' }));

    expect(run).toHaveBeenCalledWith(inReview, {
      action: 'REQUEST_DOCUMENTS',
      types: ['QUOTE'],
      dueDate: '2026-12-15',
      message: 'Merci de joindre le devis signé.',
    });
    expect(await screen.findByText("C'est fait. Le dossier est maintenant « Pièces demandées ».")).toBeInTheDocument();
    const request = screen.getByRole('region', { name: "Pièces demandées par l'OPCO" });
    expect(request).toHaveTextContent('15/12/2026');
    expect(request).toHaveTextContent('Devis');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('grants the amount typed in French as a decimal string and keeps the dialog open on a refusal', async () => {
    const user = userEvent.setup();
    const inReview = dossier({ status: 'IN_REVIEW', content: { amountRequested: '1250.00' }, allowedActions: ['GRANT'] });
    const run = vi.fn(() => Promise.reject(new Error('Le montant dépasse les fonds disponibles de l’entreprise.')));
    renderDetail(inReview, { run });

    await user.click(await screen.findByRole('button', { name: 'Accorder la prise en charge' }));
    const amount = screen.getByLabelText('Montant accordé (obligatoire)');
    expect(amount).toHaveValue('1250,00');
    await user.clear(amount);
    await user.type(amount, '1 000,5');
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Accorder la prise en charge' }));

    expect(run).toHaveBeenCalledWith(inReview, { action: 'GRANT', amount: '1000.50' });
    expect(await within(screen.getByRole('dialog')).findByRole('alert')).toHaveTextContent(
      'Le montant dépasse les fonds disponibles de l’entreprise.',
    );
  });

  describe('early termination', () => {
    const granted = dossier({ scheme: 'APPRENTISSAGE', status: 'GRANTED', grantedAmount: '9000.00', allowedActions: ['TERMINATE'] });
    const form = () => new File(['%PDF-1.4'], 'rupture-signee.pdf', { type: 'application/pdf' });

    async function declare(user: ReturnType<typeof userEvent.setup>) {
      await user.click(await screen.findByRole('button', { name: 'Déclarer une rupture anticipée' }));
      const dialog = within(screen.getByRole('dialog', { name: 'Déclarer une rupture anticipée' }));
      expect(dialog.getByText(/montant engagé qui n'a pas encore été facturé sera libéré/)).toBeInTheDocument();
      await user.type(dialog.getByLabelText('Date de fin du contrat (obligatoire)'), '2027-01-15');
      await user.type(dialog.getByLabelText('Motif de la rupture (obligatoire)'), "Démission de l'apprenti");
      await user.upload(dialog.getByLabelText('Formulaire de rupture signé (obligatoire)'), form());
      await user.click(dialog.getByRole('button', { name: 'Déclarer la rupture' }));
      return dialog;
    }

    it('sends the date, the reason and the signed form, then says the commitment is released', async () => {
      const user = userEvent.setup();
      const terminate = vi.fn((_: Dossier, __: unknown, onProgress: (percent: number) => void) => {
        onProgress(100);
        return Promise.resolve({
          ...granted,
          status: 'TERMINATED' as const,
          termination: { endDate: '2027-01-15', reason: "Démission de l'apprenti" },
          allowedActions: [],
          version: 2,
        });
      });
      renderDetail(granted, { terminate });
      await user.click(await screen.findByRole('button', { name: 'Déclarer une rupture anticipée' }));
      expect(await axeViolations()).toEqual([]);
      await user.click(screen.getByRole('button', { name: 'Fermer sans rien faire' }));

      await declare(user);

      expect(terminate).toHaveBeenCalledWith(
        granted,
        { endDate: '2027-01-15', reason: "Démission de l'apprenti", file: expect.objectContaining({ name: 'rupture-signee.pdf' }) },
        expect.any(Function),
      );
      expect(await screen.findByText('La rupture anticipée est déclarée : le montant engagé non facturé est libéré.')).toBeInTheDocument();
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
      expect(screen.getByText(/Le contrat a été rompu avant son terme/)).toBeInTheDocument();
      expect(screen.getByText("Contrat rompu le 15/01/2027, motif : « Démission de l'apprenti »")).toBeInTheDocument();
    });

    it('asks for what is missing, then keeps the dialog open with the refusal', async () => {
      const user = userEvent.setup();
      const terminate = vi.fn(() => Promise.reject(new Error('La date de fin doit se situer pendant le contrat.')));
      renderDetail(granted, { terminate });

      await user.click(await screen.findByRole('button', { name: 'Déclarer une rupture anticipée' }));
      await user.click(screen.getByRole('button', { name: 'Déclarer la rupture' }));
      expect(screen.getByText('Joignez le formulaire de rupture signé.')).toBeInTheDocument();
      expect(terminate).not.toHaveBeenCalled();
      await user.click(screen.getByRole('button', { name: 'Fermer sans rien faire' }));

      const dialog = await declare(user);

      expect(await dialog.findByRole('alert')).toHaveTextContent('La date de fin doit se situer pendant le contrat.');
      expect(dialog.getByRole('button', { name: 'Déclarer la rupture' })).toBeEnabled();
    });
  });
});
