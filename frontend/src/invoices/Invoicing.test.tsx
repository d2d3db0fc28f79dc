import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../test/axe';
import { emilie } from '../test/fixtures';
import { envelope, fakeInvoiceApi, invoice } from '../test/invoiceFixtures';
import { FundingAccountsPage } from './FundingAccountsPage';
import { InvoiceDepositPage } from './InvoiceDepositPage';
import { InvoiceDetailPage } from './InvoiceDetailPage';
import { PaymentsPage } from './PaymentsPage';

describe('Mes comptes', () => {
  it('shows one card per envelope with its four figures and an accessible consumption bar', async () => {
    const fundingAccounts = vi.fn(() =>
      Promise.resolve({ companyName: 'Démo Industrie', year: 2026, envelopes: [envelope(), envelope({ source: 'VOLUNTARY', label: 'Contributions volontaires' })] }),
    );
    render(
      <MemoryRouter>
        <FundingAccountsPage invoiceApi={fakeInvoiceApi({ fundingAccounts })} loadMe={() => Promise.resolve(emilie)} />
      </MemoryRouter>,
    );

    expect(await screen.findByRole('heading', { level: 2, name: 'Contributions volontaires' })).toBeInTheDocument();
    expect(screen.getByTestId('available-LEGAL')).toHaveTextContent('6 000,00');
    expect(screen.getByTestId('balance-LEGAL')).toHaveTextContent('3 000,00');
    expect(screen.getAllByRole('img')[0]).toHaveAccessibleName(/4\s000,00.*engagés, dont 1\s000,00.*réglés/);
    expect(fundingAccounts).toHaveBeenCalledWith(emilie.establishments[0].id, new Date().getFullYear());
  });
});

describe('Déposer une facture', () => {
  it('says what is required before anything is sent, then sends the PDF with its figures', async () => {
    const deposit = vi.fn(() => Promise.reject(new Error('Joignez le certificat de réalisation au dossier avant de le facturer.')));
    render(
      <MemoryRouter initialEntries={['/factures/deposer?dossier=900000012']}>
        <Routes>
          <Route path="/factures/deposer" element={<InvoiceDepositPage invoiceApi={fakeInvoiceApi({ deposit })} />} />
        </Routes>
      </MemoryRouter>,
    );
    expect(screen.getByText('Le certificat de réalisation doit être joint au dossier.')).toBeInTheDocument();
    expect(screen.getByLabelText('Numéro de dossier')).toHaveValue('900000012');

    await userEvent.type(screen.getByLabelText('Numéro de facture'), 'F-1');
    await userEvent.type(screen.getByLabelText('Montant (€)'), '1200,50');
    await userEvent.upload(screen.getByLabelText('Facture (PDF)'), new File(['%PDF-1.4'], 'facture.pdf', { type: 'application/pdf' }));
    await userEvent.click(screen.getByRole('button', { name: 'Déposer la facture' }));

    expect(deposit).toHaveBeenCalledWith('900000012', expect.objectContaining({ number: 'F-1', amount: '1200.50' }), expect.any(Function));
    expect(await screen.findByRole('alert')).toHaveTextContent('certificat de réalisation');
  });
});

describe('Règlements', () => {
  it('lists the payments most recent first, each with its remittance advice', async () => {
    const payments = vi.fn(() =>
      Promise.resolve({
        items: [
          { id: 'p1', payee: { kind: 'EMPLOYER' as const, establishmentId: 'e1', siret: null }, payeeName: 'Démo Industrie – Grenoble',
            amount: '1000.00', invoiceCount: 1, status: 'ORDERED' as const, orderedAt: '2026-07-03T10:00:00Z' },
        ],
        nextCursor: null,
      }),
    );
    render(
      <MemoryRouter>
        <PaymentsPage invoiceApi={fakeInvoiceApi({ payments })} staff={false} />
      </MemoryRouter>,
    );

    expect(await screen.findByRole('cell', { name: 'Démo Industrie – Grenoble' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: "Télécharger l'avis (PDF)" })).toBeInTheDocument();
  });
});

describe('Corriger une facture', () => {
  const toCorrect = invoice({ status: 'CHANGES_REQUESTED', staffComment: 'Le SIRET manque.', allowedActions: ['RESUBMIT', 'WITHDRAW'] });

  function renderInvoice(overrides: Parameters<typeof fakeInvoiceApi>[0]) {
    render(
      <MemoryRouter initialEntries={[`/factures/${toCorrect.id}`]}>
        <Routes>
          <Route path="/factures/:id" element={<InvoiceDetailPage invoiceApi={fakeInvoiceApi({ invoice: () => Promise.resolve(toCorrect), ...overrides })} />} />
        </Routes>
      </MemoryRouter>,
    );
  }

  it("shows staff's request and resubmits the corrected amount with the new PDF", async () => {
    const resubmit = vi.fn(() => Promise.resolve(invoice({ status: 'SUBMITTED', amount: '1100.00' })));
    renderInvoice({ resubmit });

    expect(await screen.findByText('Modifications demandées : « Le SIRET manque. »')).toBeInTheDocument();
    expect(await axeViolations()).toEqual([]);
    await userEvent.clear(screen.getByLabelText(/Montant \(€\)/));
    await userEvent.type(screen.getByLabelText(/Montant \(€\)/), '1100,00');
    const corrected = new File(['%PDF-1.4'], 'facture-corrigee.pdf', { type: 'application/pdf' });
    await userEvent.upload(screen.getByLabelText('Facture corrigée (PDF)'), corrected);
    await userEvent.click(screen.getByRole('button', { name: 'Renvoyer la facture' }));

    expect(resubmit).toHaveBeenCalledWith(toCorrect.id, { amount: '1100.00', file: corrected }, expect.any(Function));
    expect(await screen.findByRole('status')).toHaveTextContent("Facture renvoyée à l'OPCO.");
    expect(screen.queryByRole('button', { name: 'Renvoyer la facture' })).not.toBeInTheDocument();
  });

  it('keeps the form and says why when the server refuses', async () => {
    const resubmit = vi.fn(() => Promise.reject(new Error('Le montant dépasse le montant accordé : il reste 1 000,00 €.')));
    renderInvoice({ resubmit });

    await userEvent.click(await screen.findByRole('button', { name: 'Renvoyer la facture' }));

    expect(resubmit).toHaveBeenCalledWith(toCorrect.id, { amount: '1200.50', file: undefined }, expect.any(Function));
    expect(await screen.findByRole('alert')).toHaveTextContent('il reste 1 000,00 €');
    expect(screen.getByRole('button', { name: 'Retirer la facture' })).toBeInTheDocument();
  });
});
