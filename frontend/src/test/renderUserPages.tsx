import { render } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import type { Me } from '../api/me';
import type { UserApi } from '../api/users';
import { ProfilePage } from '../profile/ProfilePage';
import { InviteUserPage } from '../users/InviteUserPage';
import { UserDetailPage } from '../users/UserDetailPage';
import { UsersPage } from '../users/UsersPage';
import { GRENOBLE_ID, LYON_ID } from './userFixtures';

/** The ADMIN of both demo establishments. */
export const companyAdmin: Me = {
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

/** The "Utilisateurs" pages and the profile at `path`, for `me`, over the given API. */
export function renderUserPageAt(path: string, userApi: UserApi, me: Me = companyAdmin) {
  const loadMe = () => Promise.resolve(me);
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
