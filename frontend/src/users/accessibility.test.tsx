import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../test/axe';
import { renderUserPageAt } from '../test/renderUserPages';
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
