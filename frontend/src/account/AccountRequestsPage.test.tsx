import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { AccountRequest, AccountRequestsApi } from './accountApi';
import { AccountRequestsPage } from './AccountRequestsPage';

const lea: AccountRequest = {
  accountId: 'acc-1',
  email: 'lea@acme.fr',
  firstName: 'Léa',
  lastName: 'Martin',
  phone: '0612345678',
  status: 'PENDING_APPROVAL',
  registeredAt: '2026-11-20T09:00:00Z',
  version: 1,
  establishments: [
    { id: 'lyon', siret: '81234567600009', name: 'Démo Industrie – Lyon', closed: false, emailAmongContacts: true, rights: [] },
    { id: 'grenoble', siret: '81234567600017', name: 'Démo Industrie – Grenoble', closed: false, emailAmongContacts: false, rights: [] },
  ],
};

function renderPage(overrides: Partial<AccountRequestsApi> = {}) {
  const api: AccountRequestsApi = {
    pending: () => Promise.resolve({ items: [lea], nextCursor: null }),
    approve: vi.fn(() => Promise.resolve({ ...lea, status: 'ACTIVE' as const, version: 2 })),
    reject: vi.fn(() => Promise.resolve({ ...lea, status: 'REJECTED' as const, version: 2 })),
    ...overrides,
  };
  render(<AccountRequestsPage accountApi={api} />);
  return api;
}

describe('AccountRequestsPage', () => {
  it('approves with the rights checked on each establishment', async () => {
    const api = renderPage();
    const user = userEvent.setup();
    const grenoble = await screen.findByRole('group', { name: /Grenoble/ });
    expect(within(grenoble).getByText(/ne figure pas parmi les contacts/)).toBeInTheDocument();

    await user.click(within(grenoble).getByLabelText('Gérer les dossiers'));
    await user.click(screen.getByRole('button', { name: 'Valider le compte de Léa Martin' }));

    expect(api.approve).toHaveBeenCalledWith(lea, {
      establishments: [
        { establishmentId: 'lyon', rights: [] },
        { establishmentId: 'grenoble', rights: ['MANAGE_DOSSIERS'] },
      ],
    });
    expect(await screen.findByText('Le compte de Léa Martin est validé.')).toBeInTheDocument();
    expect(screen.getByText("Aucune demande de compte n'attend de décision.")).toBeInTheDocument();
  });

  it('asks for a right before approving and for a reason before rejecting', async () => {
    const api = renderPage();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Valider le compte de Léa Martin' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Cochez au moins une habilitation');

    await user.click(screen.getByRole('button', { name: 'Refuser la demande de Léa Martin' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Indiquez le motif du refus');
    await user.type(screen.getByLabelText('Motif du refus'), 'Inconnue');
    await user.click(screen.getByRole('button', { name: 'Refuser la demande de Léa Martin' }));

    expect(api.reject).toHaveBeenCalledWith(lea, 'Inconnue');
    expect(api.approve).not.toHaveBeenCalled();
    expect(await screen.findByText('La demande de Léa Martin est refusée.')).toBeInTheDocument();
  });

  it('says when nobody waits', async () => {
    renderPage({ pending: () => Promise.resolve({ items: [], nextCursor: null }) });

    expect(await screen.findByText("Aucune demande de compte n'attend de décision.")).toBeInTheDocument();
  });
});
