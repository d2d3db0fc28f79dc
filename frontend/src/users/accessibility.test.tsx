import { render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import type { Me } from '../api/me';
import type { UserApi } from '../api/users';
import { ProfilePage } from '../profile/ProfilePage';
import { axeViolations } from '../test/axe';
import { fakeUserApi, GRENOBLE_ID, LYON_ID, profile, userDetail, userSummary } from '../test/userFixtures';
import { InviteUserPage } from './InviteUserPage';
import { UserDetailPage } from './UserDetailPage';
import { UsersPage } from './UsersPage';

const admin: Me = {
  subject: 's',
  email: 'emilie@demo.fr',
  displayName: 'Émilie Durand',
  roles: ['employer'],
  establishments: [
    { id: LYON_ID, siret: '81234567600009', name: 'Démo Industrie – Lyon', closed: false, rights: ['ADMIN'] },
    { id: GRENOBLE_ID, siret: '81234567600017', name: 'Démo Industrie – Grenoble', closed: false, rights: ['ADMIN'] },
  ],
  preferredEstablishmentId: LYON_ID,
  accountStatus: 'ACTIVE',
  statusReason: null,
};

function renderAt(path: string, userApi: UserApi) {
  const loadMe = () => Promise.resolve(admin);
  render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/utilisateurs" element={<UsersPage userApi={userApi} loadMe={loadMe} />} />
        <Route path="/utilisateurs/nouveau" element={<InviteUserPage userApi={userApi} loadMe={loadMe} />} />
        <Route path="/utilisateurs/:id" element={<UserDetailPage userApi={userApi} loadMe={loadMe} />} />
        <Route path="/profil" element={<ProfilePage userApi={userApi} />} />
      </Routes>
    </MemoryRouter>,
  );
}

describe('user and profile screens accessibility (axe-core, WCAG 2.1 AA)', () => {
  it('users list', async () => {
    renderAt('/utilisateurs', fakeUserApi({ list: () => Promise.resolve({ items: [userSummary()], nextCursor: 'suite' }) }));
    await screen.findByRole('link', { name: 'Léa Martin' });

    expect(await axeViolations()).toEqual([]);
  });

  it('invitation form', async () => {
    renderAt('/utilisateurs/nouveau', fakeUserApi({ list: () => Promise.resolve({ items: [userSummary()], nextCursor: null }) }));
    await screen.findByRole('button', { name: /Inviter/ });

    expect(await axeViolations()).toEqual([]);
  });

  it('user detail with its actions', async () => {
    renderAt(`/utilisateurs/${userSummary().id}`, fakeUserApi({ get: () => Promise.resolve(userDetail()) }));
    await screen.findByRole('heading', { level: 1, name: /Léa Martin/ });

    expect(await axeViolations()).toEqual([]);
  });

  it('my profile', async () => {
    renderAt('/profil', fakeUserApi({ profile: () => Promise.resolve(profile()) }));
    await screen.findByRole('button', { name: 'Enregistrer' });

    expect(await axeViolations()).toEqual([]);
  });
});
