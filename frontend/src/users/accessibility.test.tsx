import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../test/axe';
import userEvent from '@testing-library/user-event';
import type { Me } from '../api/me';
import { ApiError } from '../api/problem';
import { companyAdmin, renderUserPageAt } from '../test/renderUserPages';
import { fakeUserApi, profile, userDetail, userSummary } from '../test/userFixtures';

describe('user and profile screens accessibility (axe-core, WCAG 2.1 AA)', () => {
  it('users list', async () => {
    renderUserPageAt('/utilisateurs', fakeUserApi({ list: () => Promise.resolve({ items: [userSummary()], nextCursor: 'suite' }) }));
    await screen.findByRole('link', { name: 'Léa Martin' });

    expect(await axeViolations()).toEqual([]);
  });

  it('invitation form', async () => {
    renderUserPageAt('/utilisateurs/nouveau', fakeUserApi({ list: () => Promise.resolve({ items: [userSummary()], nextCursor: null }) }));
    await screen.findByRole('button', { name: /Inviter/ });

    expect(await axeViolations()).toEqual([]);
  });

  it('training body user invitation form (staff), with a refused SIRET', async () => {
    const staff: Me = { ...companyAdmin, roles: ['opco-staff'], establishments: [] };
    const invite = () =>
      Promise.reject(
        new ApiError(422, 'Certaines valeurs ne sont pas valides.', 'INVALID_CONTENT', [
          { field: 'trainingBody.siret', code: 'INVALID_SIRET', message: 'Ce SIRET n’est pas valide.' },
        ]),
      );
    renderUserPageAt('/utilisateurs/nouveau', fakeUserApi({ list: () => Promise.resolve({ items: [], nextCursor: null }), invite }), staff);
    await screen.findByRole('heading', { level: 1, name: 'Inviter un utilisateur d’organisme de formation' });
    await userEvent.type(screen.getByLabelText(/Adresse e-mail/), 'ines.roux@formation.fr');
    await userEvent.type(screen.getByLabelText(/^Nom/), 'Roux');
    await userEvent.type(screen.getByLabelText(/^Prénom/), 'Inès');
    await userEvent.type(screen.getByLabelText(/SIRET de l’organisme de formation/), '55208131700035');
    await userEvent.click(screen.getByRole('button', { name: 'Inviter' }));
    await screen.findByText('Ce SIRET n’est pas valide.', { selector: '.field-error' });

    expect(await axeViolations()).toEqual([]);
  });

  it('user detail with its actions', async () => {
    renderUserPageAt(`/utilisateurs/${userSummary().id}`, fakeUserApi({ get: () => Promise.resolve(userDetail()) }));
    await screen.findByRole('heading', { level: 1, name: /Léa Martin/ });

    expect(await axeViolations()).toEqual([]);
  });

  it('my profile', async () => {
    renderUserPageAt('/profil', fakeUserApi({ profile: () => Promise.resolve(profile()) }));
    await screen.findByRole('button', { name: 'Enregistrer' });

    expect(await axeViolations()).toEqual([]);
  });
});
