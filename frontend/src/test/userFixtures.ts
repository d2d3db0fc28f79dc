import { vi } from 'vitest';
import type { Profile, UserApi, UserDetail, UserSummary, Versioned } from '../api/users';

export const LYON_ID = 'e0000000-0000-4000-8000-000000000001';
export const GRENOBLE_ID = 'e0000000-0000-4000-8000-000000000002';

/** A user API whose every call fails unless the test says what it answers. */
export function fakeUserApi(overrides: Partial<UserApi> = {}): UserApi {
  const unexpected = () => Promise.reject(new Error('appel inattendu'));
  return {
    list: vi.fn(unexpected),
    get: vi.fn(unexpected),
    invite: vi.fn(unexpected),
    run: vi.fn(unexpected),
    establishmentUsers: vi.fn(unexpected),
    profile: vi.fn(unexpected),
    updateProfile: vi.fn(unexpected),
    ...overrides,
  };
}

export function userSummary(overrides: Partial<UserSummary> = {}): UserSummary {
  return {
    id: 'a1000000-0000-4000-8000-000000000001',
    lastName: 'Martin',
    firstName: 'Léa',
    loginEmail: 'lea.martin@demo.fr',
    status: 'ACTIVE',
    establishments: [{ establishmentId: LYON_ID, siret: '81234567600009', name: 'Démo Industrie – Lyon', rights: ['VIEW_DOSSIERS'] }],
    trainingBodySiret: null,
    ...overrides,
  };
}

export function userDetail(overrides: Partial<UserDetail> = {}, etag = '"0"'): Versioned<UserDetail> {
  return {
    etag,
    value: {
      id: 'a1000000-0000-4000-8000-000000000001',
      lastName: 'Martin',
      firstName: 'Léa',
      loginEmail: 'lea.martin@demo.fr',
      contactEmail: 'lea.martin@demo.fr',
      phone: null,
      status: 'ACTIVE',
      mustSetPassword: true,
      createdAt: '2026-11-25T10:00:00Z',
      establishments: [
        { establishmentId: LYON_ID, siret: '81234567600009', name: 'Démo Industrie – Lyon', rights: ['VIEW_DOSSIERS'] },
      ],
      trainingBodySiret: null,
      allowedActions: ['SUSPEND', 'CLOSE', 'CHANGE_RIGHTS', 'CHANGE_CONTACT_EMAIL', 'CHANGE_PHONE'],
      invitationEmailSent: null,
      ...overrides,
    },
  };
}

export function profile(overrides: Partial<Profile> = {}, etag = '"4"'): Versioned<Profile> {
  return {
    etag,
    value: {
      loginEmail: 'emilie@demo.fr',
      lastName: 'Durand',
      firstName: 'Émilie',
      contactEmail: 'emilie@demo.fr',
      phone: null,
      preferredEstablishmentId: LYON_ID,
      status: 'ACTIVE',
      establishments: [
        { id: LYON_ID, siret: '81234567600009', name: 'Démo Industrie – Lyon', closed: false, rights: ['ADMIN'] },
        { id: GRENOBLE_ID, siret: '81234567600017', name: 'Démo Industrie – Grenoble', closed: true, rights: ['VIEW_DOSSIERS'] },
      ],
      ...overrides,
    },
  };
}
