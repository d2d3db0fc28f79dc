import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/problem';
import type { NewRegistration, RegistrationApi } from './accountApi';
import { RegistrationPage } from './RegistrationPage';

function renderPage(register: RegistrationApi['register']) {
  render(<RegistrationPage registrationApi={{ register }} />);
}

async function fillIn() {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText(/Adresse e-mail/), 'lea@acme.fr');
  await user.type(screen.getByLabelText(/Prénom/), 'Léa');
  await user.type(screen.getByLabelText(/^Nom/), 'Martin');
  await user.type(screen.getByLabelText(/Téléphone/), '06 12 34 56 78');
  await user.type(screen.getByLabelText(/Mot de passe/), 'une phrase de passe');
  await user.type(screen.getByLabelText(/SIRET de l'établissement 1/), '81234567600009');
  return user;
}

describe('RegistrationPage', () => {
  it('says the password rules up front and sends several establishments, then says to check the mailbox', async () => {
    const register = vi.fn((form: NewRegistration) =>
      Promise.resolve({
        accountId: 'a1',
        email: form.email,
        status: 'PENDING_VERIFICATION' as const,
        verificationEmailSent: true,
        nextStep: 'Votre compte est créé. Consultez votre boîte mail.',
      }),
    );
    renderPage(register);
    expect(screen.getByText(/12 caractères au moins/)).toBeInTheDocument();

    const user = await fillIn();
    await user.click(screen.getByRole('button', { name: 'Ajouter un établissement' }));
    await user.type(screen.getByLabelText(/SIRET de l'établissement 2/), '81234567600017');
    await user.click(screen.getByRole('button', { name: 'Créer mon compte' }));

    expect(register).toHaveBeenCalledWith({
      email: 'lea@acme.fr',
      firstName: 'Léa',
      lastName: 'Martin',
      phone: '06 12 34 56 78',
      password: 'une phrase de passe',
      establishments: [{ siret: '81234567600009' }, { siret: '81234567600017' }],
    });
    expect(await screen.findByRole('heading', { name: 'Consultez votre boîte mail' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Votre compte est créé');
    expect(screen.getByRole('link', { name: 'Se connecter' })).toHaveAttribute('href', '/');
  });

  it('shows every field problem in a summary and next to its field', async () => {
    renderPage(() =>
      Promise.reject(
        new ApiError(422, 'Certaines informations ne permettent pas de créer le compte.', 'REGISTRATION_INVALID', [
          { field: 'phone', code: 'INVALID_PHONE', message: 'Le numéro de téléphone n’est pas valide.' },
          { field: 'establishments[0].siret', code: 'UNKNOWN_SIRET', message: 'Votre entreprise doit d’abord adhérer.' },
        ]),
      ),
    );
    const user = await fillIn();
    await user.click(screen.getByRole('button', { name: 'Créer mon compte' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent("Téléphone : Le numéro de téléphone n’est pas valide.");
    expect(summary).toHaveTextContent("SIRET de l'établissement 1 : Votre entreprise doit d’abord adhérer.");
    expect(screen.getByLabelText(/Téléphone/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText(/SIRET de l'établissement 1/)).toHaveAccessibleDescription(/adhérer/);
  });

  it.each([
    [409, 'EMAIL_ALREADY_REGISTERED', 'Un compte existe déjà. Choisissez « Mot de passe oublié ».'],
    [503, 'IDENTITY_PROVIDER_UNAVAILABLE', 'Le service d’authentification est momentanément indisponible.'],
  ])('shows the %s answer as it is worded', async (status, code, detail) => {
    renderPage(() => Promise.reject(new ApiError(status, detail, code)));
    const user = await fillIn();
    await user.click(screen.getByRole('button', { name: 'Créer mon compte' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(detail);
  });
});
