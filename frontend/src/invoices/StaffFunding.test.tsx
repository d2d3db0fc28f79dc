import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/problem';
import { axeViolations } from '../test/axe';
import { envelope, fakeInvoiceApi } from '../test/invoiceFixtures';
import { StaffFundingAccounts } from './StaffFundingAccounts';
import { TrainingBodyBankAccountPage } from './TrainingBodyBankAccountPage';

describe("RIB d'un organisme de formation", () => {
  async function fillIn() {
    await userEvent.type(screen.getByLabelText(/SIRET de l'organisme/), '552 081 317 00034');
    await userEvent.type(screen.getByLabelText(/IBAN/), 'FR7630006000011234567890189');
    await userEvent.type(screen.getByLabelText(/BIC/), 'AGRIFRPP');
    await userEvent.type(screen.getByLabelText(/Titulaire du compte/), 'Institut de Formation Rhône-Alpes');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer le compte' }));
  }

  it('registers the RIB for the SIRET and says it is now the active account', async () => {
    const registerTrainingBodyAccount = vi.fn(() =>
      Promise.resolve({ id: 'a1', siret: '55208131700034', iban: 'FR76 **** 0189', bic: 'AGRIFRPP', holder: 'Institut de Formation Rhône-Alpes',
        registeredAt: '2026-12-03T09:00:00Z' }),
    );
    render(<TrainingBodyBankAccountPage invoiceApi={fakeInvoiceApi({ registerTrainingBodyAccount })} />);
    expect(await axeViolations()).toEqual([]);

    await fillIn();

    expect(registerTrainingBodyAccount).toHaveBeenCalledWith('55208131700034', {
      iban: 'FR7630006000011234567890189', bic: 'AGRIFRPP', holder: 'Institut de Formation Rhône-Alpes',
    });
    expect(await screen.findByRole('status')).toHaveTextContent("désormais celui sur lequel l'organisme 55208131700034 est réglé");
    expect(screen.getByLabelText(/IBAN/)).toHaveValue('');
  });

  it('asks for what is missing without calling the API, then shows the field the server refuses', async () => {
    const registerTrainingBodyAccount = vi.fn(() =>
      Promise.reject(new ApiError(422, 'IBAN invalide.', 'INVALID_IBAN', [{ field: 'iban', code: 'INVALID_IBAN', message: "La clé de contrôle de l'IBAN est fausse." }])),
    );
    render(<TrainingBodyBankAccountPage invoiceApi={fakeInvoiceApi({ registerTrainingBodyAccount })} />);

    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer le compte' }));
    expect(screen.getByRole('alert')).toHaveTextContent("SIRET : Saisissez les 14 chiffres du SIRET de l'organisme de formation.");
    expect(registerTrainingBodyAccount).not.toHaveBeenCalled();

    await fillIn();

    expect(await screen.findByRole('alert')).toHaveTextContent("IBAN : La clé de contrôle de l'IBAN est fausse.");
    expect(screen.getByLabelText(/IBAN/)).toHaveAttribute('aria-invalid', 'true');
    expect(await axeViolations()).toEqual([]);
  });
});

describe('Comptes de financement (OPCO)', () => {
  const ESTABLISHMENT = '0c7d3f6e-2a1b-4c5d-8e9f-0a1b2c3d4e5f';
  const year = new Date().getFullYear();
  const accounts = (amount: string) => ({
    companyName: 'Démo Industrie',
    year,
    envelopes: [envelope({ amount }), envelope({ source: 'VOLUNTARY', label: 'Contributions volontaires' })],
  });

  async function legalCard() {
    return within(await screen.findByRole('region', { name: /Contribution légale/ }));
  }

  it("sets an envelope's amount and shows the figures the server answers", async () => {
    const setEnvelope = vi.fn(() => Promise.resolve(accounts('15000.00')));
    render(
      <StaffFundingAccounts
        establishmentId={ESTABLISHMENT}
        invoiceApi={fakeInvoiceApi({ fundingAccounts: () => Promise.resolve(accounts('10000.00')), setEnvelope })}
      />,
    );
    const card = await legalCard();
    expect(screen.getByRole('heading', { level: 2, name: 'Comptes de financement' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Contributions volontaires' })).toBeInTheDocument();
    expect(await axeViolations()).toEqual([]);

    await userEvent.clear(card.getByLabelText(/Nouveau montant/));
    await userEvent.type(card.getByLabelText(/Nouveau montant/), '15 000,00');
    await userEvent.click(card.getByRole('button', { name: 'Enregistrer le montant' }));

    expect(setEnvelope).toHaveBeenCalledWith(ESTABLISHMENT, year, 'LEGAL', '15000.00');
    expect(await card.findByRole('status')).toHaveTextContent(/Montant enregistré : 15\s000,00/);
  });

  it('says why when the amount is below what the envelope commits', async () => {
    const setEnvelope = vi.fn(() =>
      Promise.reject(new ApiError(422, "L'enveloppe engage déjà 4 000,00 € : son montant ne peut pas être inférieur.", 'ENVELOPE_BELOW_COMMITMENT')),
    );
    render(
      <StaffFundingAccounts
        establishmentId={ESTABLISHMENT}
        invoiceApi={fakeInvoiceApi({ fundingAccounts: () => Promise.resolve(accounts('10000.00')), setEnvelope })}
      />,
    );
    const card = await legalCard();

    await userEvent.clear(card.getByLabelText(/Nouveau montant/));
    await userEvent.type(card.getByLabelText(/Nouveau montant/), '1000');
    await userEvent.click(card.getByRole('button', { name: 'Enregistrer le montant' }));

    expect(await card.findByRole('alert')).toHaveTextContent("Le montant n'a pas été modifié : L'enveloppe engage déjà 4 000,00 €");
    expect(card.getByText("Montant de l'enveloppe").nextElementSibling).toHaveTextContent(/10\s000,00/);
  });
});
