import { vi } from 'vitest';
import type { InvoiceApi } from '../api/invoices';
import type { FundingEnvelope } from '../invoices/types';

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
