import { vi } from 'vitest';
import type { EstablishmentApi } from '../api/establishments';
import type { BankAccount, Establishment, LinkRequest, PendingBankAccountPage } from '../establishments/types';

export const LYON_ID = '0c7d3f6e-2a1b-4c5d-8e9f-0a1b2c3d4e5f';

export function bankAccount(overrides: Partial<BankAccount> = {}): BankAccount {
  return {
    id: 'ba000000-0000-4000-8000-000000000001',
    iban: 'FR7630006000011234567890189',
    bic: 'AGRIFRPP882',
    holder: 'BOULANGERIE DURAND',
    status: 'ACTIVE',
    rejectionReason: null,
    proposedAt: '2026-06-02T09:00:00Z',
    proof: { contentType: 'application/pdf', size: 1234 },
    ...overrides,
  };
}

export function establishment(overrides: Partial<Establishment> = {}): Establishment {
  return {
    id: LYON_ID,
    siret: '81234567600009',
    siren: '812345676',
    name: 'Boulangerie Durand — Lyon',
    address: { street: '25 quai Perrache', postalCode: '69002', city: 'Lyon' },
    status: 'ACTIVE',
    closed: false,
    lockReason: null,
    contacts: ['rh@boulangerie-durand.example'],
    pendingChange: null,
    changeRequests: [],
    bankDetailsShown: true,
    bankAccounts: [bankAccount()],
    allowedActions: ['REQUEST_CHANGE', 'ADD_BANK_ACCOUNT', 'DEACTIVATE_BANK_ACCOUNT'],
    version: 3,
    ...overrides,
  };
}

export function linkRequest(overrides: Partial<LinkRequest> = {}): LinkRequest {
  return {
    id: '11111111-0000-4000-8000-000000000001',
    requesterName: 'Émilie Durand',
    requesterEmail: 'employeur@demo.passerelle.fr',
    establishment: {
      id: '22222222-0000-4000-8000-000000000002',
      siret: '90876543100022',
      name: 'Atelier Petit — Saint-Nazaire',
      city: 'Saint-Nazaire',
      status: 'ACTIVE',
      closed: false,
    },
    message: 'Je gère aussi ce site.',
    status: 'PENDING',
    grantedRights: [],
    filedAt: '2026-11-20T10:00:00Z',
    decisionReason: null,
    version: 0,
    ...overrides,
  };
}

/** Staff's queue of bank accounts to check, with one account proposed for Lyon. */
export function pendingBankAccountQueue(): PendingBankAccountPage {
  return {
    items: [
      {
        establishment: { id: LYON_ID, siret: '81234567600009', name: 'Lyon', city: 'Lyon', status: 'ACTIVE', closed: false },
        bankAccount: {
          id: 'ba1',
          iban: 'FR7630006000011234567890189',
          bic: 'AGRIFRPP882',
          holder: 'BOULANGERIE DURAND',
          status: 'PENDING_VALIDATION',
          proposedAt: '2026-11-24T14:00:00Z',
        },
      },
    ],
    nextCursor: null,
  };
}

const rejectAll = () => Promise.reject(new Error('Appel inattendu dans ce test.'));

/** An API whose every call fails unless the test gives it an answer. */
export function fakeEstablishmentApi(overrides: Partial<EstablishmentApi> = {}): EstablishmentApi {
  return {
    list: vi.fn(rejectAll),
    get: vi.fn(rejectAll),
    requestChange: vi.fn(rejectAll),
    approveChange: vi.fn(rejectAll),
    rejectChange: vi.fn(rejectAll),
    close: vi.fn(rejectAll),
    reopen: vi.fn(rejectAll),
    proposeBankAccount: vi.fn(rejectAll),
    deactivateBankAccount: vi.fn(rejectAll),
    validateBankAccount: vi.fn(rejectAll),
    rejectBankAccount: vi.fn(rejectAll),
    proof: vi.fn(rejectAll),
    changeQueue: vi.fn(rejectAll),
    bankAccountQueue: vi.fn(rejectAll),
    fileLinkRequest: vi.fn(rejectAll),
    myLinkRequests: vi.fn(rejectAll),
    linkRequestQueue: vi.fn(rejectAll),
    approveLinkRequest: vi.fn(rejectAll),
    rejectLinkRequest: vi.fn(rejectAll),
    ...overrides,
  };
}
