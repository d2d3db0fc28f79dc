import { vi } from 'vitest';
import type { InvoiceApi } from '../api/invoices';
import type { FundingEnvelope, Invoice } from '../invoices/types';

/** An invoice API whose every call fails unless the test says what it answers. */
export function fakeInvoiceApi(overrides: Partial<InvoiceApi> = {}): InvoiceApi {
  const unexpected = () => Promise.reject(new Error('appel inattendu'));
  return {
    fundingAccounts: vi.fn(unexpected),
    invoices: vi.fn(unexpected),
    deposit: vi.fn(unexpected),
    invoice: vi.fn(unexpected),
    invoiceFile: vi.fn(unexpected),
    validate: vi.fn(unexpected),
    reject: vi.fn(unexpected),
    requestChanges: vi.fn(unexpected),
    withdraw: vi.fn(unexpected),
    resubmit: vi.fn(unexpected),
    setEnvelope: vi.fn(unexpected),
    registerTrainingBodyAccount: vi.fn(unexpected),
    payments: vi.fn(unexpected),
    pay: vi.fn(unexpected),
    remittanceAdvice: vi.fn(unexpected),
    ...overrides,
  };
}

export function envelope(overrides: Partial<FundingEnvelope> = {}): FundingEnvelope {
  return {
    source: 'LEGAL',
    label: 'Contribution légale (plan de développement des compétences)',
    amount: '10000.00',
    committed: '4000.00',
    invoiced: '2500.00',
    paid: '1000.00',
    availableForCommitment: '6000.00',
    balanceForPayment: '3000.00',
    ...overrides,
  };
}

export function invoice(overrides: Partial<Invoice> = {}): Invoice {
  return {
    id: '3c1b2a90-8f7e-4d6c-b5a4-93827160f5e4',
    dossierNumber: '900000012',
    dossierTitle: 'Contrat de professionnalisation',
    issuer: { kind: 'EMPLOYER', establishmentId: '0c7d3f6e-2a1b-4c5d-8e9f-0a1b2c3d4e5f', siret: null },
    number: 'F-1',
    invoiceDate: '2026-07-01',
    amount: '1200.50',
    status: 'SUBMITTED',
    statusLabel: 'Déposée',
    updatedAt: '2026-07-01T10:00:00Z',
    staffComment: null,
    paymentId: null,
    fileName: 'facture.pdf',
    submittedAt: '2026-07-01T10:00:00Z',
    allowedActions: [],
    history: [],
    ...overrides,
  };
}
