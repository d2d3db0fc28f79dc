import { vi } from 'vitest';
import type { DossierApi } from '../api/dossiers';
import type { Me } from '../api/me';
import type { Dossier, DossierDocument, DossierSummary } from '../dossiers/types';
import { emilie } from './fixtures';

export const LYON = '0c7d3f6e-2a1b-4c5d-8e9f-0a1b2c3d4e5f';
export const VILLEURBANNE = '9f8e7d6c-5b4a-4321-8fed-cba987654321';

/** Émilie with the right to manage dossiers on Lyon and on the closed Villeurbanne establishment. */
export const manager: Me = {
  ...emilie,
  roles: ['employer'],
  establishments: emilie.establishments.map((establishment) => ({
    ...establishment,
    rights: ['VIEW_DOSSIERS', 'MANAGE_DOSSIERS'],
  })),
};

export function summary(overrides: Partial<DossierSummary> = {}): DossierSummary {
  return {
    number: '100000001',
    establishmentId: LYON,
    scheme: 'PLAN',
    status: 'DRAFT',
    title: 'Habilitation électrique',
    startDate: '2027-03-01',
    amountRequested: '1250.00',
    updatedAt: '2026-11-20T10:00:00Z',
    unreadMessages: 0,
    ...overrides,
  };
}

export function dossier(overrides: Partial<Dossier> = {}): Dossier {
  return {
    number: '100000001',
    establishmentId: LYON,
    scheme: 'PLAN',
    status: 'DRAFT',
    content: {},
    documents: [],
    documentRequest: null,
    pendingRequest: null,
    grantedAmount: null,
    refusalReason: null,
    termination: null,
    allowedActions: ['SAVE_DRAFT', 'DELETE_DRAFT', 'SUBMIT', 'ATTACH_DOCUMENT'],
    createdAt: '2026-11-20T09:00:00Z',
    updatedAt: '2026-11-20T10:00:00Z',
    version: 1,
    ...overrides,
  };
}

export function dossierDocument(overrides: Partial<DossierDocument> = {}): DossierDocument {
  return {
    id: '6f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9',
    type: 'QUOTE',
    fileName: 'devis.pdf',
    version: 1,
    superseded: false,
    attachedAt: '2026-11-22T10:00:00Z',
    ...overrides,
  };
}

/** A DossierApi whose every call fails unless the test says otherwise. */
export function fakeDossierApi(overrides: Partial<DossierApi> = {}): DossierApi {
  const unexpected = () => Promise.reject(new Error('appel inattendu'));
  return {
    list: vi.fn(unexpected),
    queue: vi.fn(unexpected),
    get: vi.fn(unexpected),
    history: vi.fn(unexpected),
    create: vi.fn(unexpected),
    save: vi.fn(unexpected),
    remove: vi.fn(unexpected),
    run: vi.fn(unexpected),
    attach: vi.fn(unexpected),
    terminate: vi.fn(unexpected),
    download: vi.fn(unexpected),
    employees: vi.fn(unexpected),
    // Every detail page shows the thread: an empty one unless the test says otherwise.
    messages: vi.fn(() => Promise.resolve({ items: [], nextCursor: null, canWrite: false })),
    postMessage: vi.fn(unexpected),
    markMessagesRead: vi.fn(() => Promise.resolve()),
    downloadAttachment: vi.fn(unexpected),
    ...overrides,
  };
}
