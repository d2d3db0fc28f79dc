import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/problem';
import { fakeUserApi, GRENOBLE_ID, profile } from '../test/userFixtures';
import { ProfilePage } from './ProfilePage';

describe('ProfilePage', () => {
  it('shows the login apart from the contact details, and my establishments with my rights', async () => {
    render(<ProfilePage userApi={fakeUserApi({ profile: () => Promise.resolve(profile()) })} />);

    expect(await screen.findByText('emilie@demo.fr', { selector: 'dd' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText(/E-mail de contact/)).toHaveValue('emilie@demo.fr'));
    expect(screen.getByText('Administrer l\'établissement')).toBeInTheDocument();
    expect(screen.getByText(/Démo Industrie – Grenoble/, { selector: 'strong' }).parentElement).toHaveTextContent('fermé');
  });

  it('saves contact email, phone and preferred establishment with the version read', async () => {
    const updateProfile = vi.fn(() => Promise.resolve(profile({ phone: '04 72 00 00 00' }, '"5"')));
    render(<ProfilePage userApi={fakeUserApi({ profile: () => Promise.resolve(profile()), updateProfile })} />);

    await userEvent.type(await screen.findByLabelText(/Téléphone/), '04 72 00 00 00');
    await userEvent.selectOptions(screen.getByLabelText(/Établissement préféré/), GRENOBLE_ID);
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));

    expect(updateProfile).toHaveBeenCalledWith(profile(), {
      contactEmail: 'emilie@demo.fr',
      phone: '04 72 00 00 00',
      preferredEstablishmentId: GRENOBLE_ID,
    });
    expect(await screen.findByText('Votre profil est enregistré.')).toBeInTheDocument();
  });

  it('shows each refused field in the error summary', async () => {
    const updateProfile = vi.fn(() =>
      Promise.reject(
        new ApiError(422, 'Certaines valeurs saisies ne sont pas valides.', 'INVALID_CONTENT', [
          { field: 'phone', code: 'INVALID_PHONE', message: 'Le numéro de téléphone « abc » n’est pas valide.' },
        ]),
      ),
    );
    render(<ProfilePage userApi={fakeUserApi({ profile: () => Promise.resolve(profile()), updateProfile })} />);

    await userEvent.type(await screen.findByLabelText(/Téléphone/), 'abc');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Le numéro de téléphone « abc » n’est pas valide.');
  });
});
