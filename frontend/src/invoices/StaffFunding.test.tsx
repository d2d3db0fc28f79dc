import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/problem';
import { axeViolations } from '../test/axe';
import { fakeInvoiceApi } from '../test/invoiceFixtures';
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
