import type { components } from '../api/schema';

type Schemas = components['schemas'];

export type FundingAccounts = Schemas['FundingAccounts'];
export type FundingEnvelope = Schemas['FundingEnvelope'];
export type Invoice = Schemas['Invoice'];
export type InvoiceSummary = Schemas['InvoiceSummary'];
export type InvoicePage = Schemas['InvoicePage'];
export type InvoiceStatus = Schemas['InvoiceStatus'];
export type InvoiceAction = Schemas['InvoiceAction'];
export type Payment = Schemas['Payment'];
export type PaymentPage = Schemas['PaymentPage'];
export type FundingSource = Schemas['FundingSource'];
export type TrainingBodyBankAccount = Schemas['TrainingBodyBankAccount'];

export const INVOICE_STATUS_LABELS: Record<InvoiceStatus, string> = {
  SUBMITTED: 'Déposée',
  CHANGES_REQUESTED: 'À corriger',
  VALIDATED: 'Validée',
  PAID: 'Payée',
  REJECTED: 'Rejetée',
  WITHDRAWN: 'Retirée',
};
