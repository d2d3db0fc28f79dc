import type {
  FundingAccounts,
  FundingSource,
  Invoice,
  InvoicePage,
  InvoiceStatus,
  Payment,
  PaymentPage,
  TrainingBodyBankAccount,
} from '../invoices/types';
import type { Session } from '../auth/session';
import type { ApiClient } from './client';
import { call } from './problem';
import { resubmitInvoice, uploadInvoice, type InvoiceResubmission, type InvoiceUpload, type UploadProgress } from './upload';

export const INVOICE_PAGE_SIZE = 50;

export type TrainingBodyAccountForm = Pick<TrainingBodyBankAccount, 'iban' | 'bic' | 'holder'>;

/** What the screens of issue 7 (funding accounts, invoices, payments) need from the API; pages take it as a prop. */
export interface InvoiceApi {
  fundingAccounts(establishmentId: string, year: number): Promise<FundingAccounts>;
  invoices(filters: { status?: InvoiceStatus; dossierNumber?: string }, cursor?: string): Promise<InvoicePage>;
  deposit(dossierNumber: string, upload: InvoiceUpload, onProgress: UploadProgress): Promise<Invoice>;
  invoice(id: string): Promise<Invoice>;
  invoiceFile(id: string): Promise<Blob>;
  validate(id: string): Promise<Invoice>;
  reject(id: string, reason: string): Promise<Invoice>;
  requestChanges(id: string, message: string): Promise<Invoice>;
  withdraw(id: string): Promise<Invoice>;
  resubmit(id: string, resubmission: InvoiceResubmission, onProgress: UploadProgress): Promise<Invoice>;
  /** Staff: sets one envelope's amount; resolves with the company's envelopes of that year. */
  setEnvelope(establishmentId: string, year: number, source: FundingSource, amount: string): Promise<FundingAccounts>;
  /** Staff: registers the bank account a training body is paid on, replacing its active one. */
  registerTrainingBodyAccount(siret: string, account: TrainingBodyAccountForm): Promise<TrainingBodyBankAccount>;
  payments(cursor?: string): Promise<PaymentPage>;
  pay(invoiceIds: string[]): Promise<Payment>;
  remittanceAdvice(paymentId: string): Promise<Blob>;
}

export function createInvoiceApi(api: ApiClient, accessToken: Session['accessToken']): InvoiceApi {
  const onInvoice = (id: string) => ({ params: { path: { invoiceId: id } } });
  return {
    async fundingAccounts(establishmentId, year) {
      return (
        await call(() =>
          api.GET('/api/v1/establishments/{establishmentId}/funding-accounts', {
            params: { path: { establishmentId }, query: { year } },
          }),
        )
      ).data;
    },
    async invoices(filters, cursor) {
      const query = { status: filters.status, dossierNumber: filters.dossierNumber || undefined, limit: INVOICE_PAGE_SIZE, cursor };
      return (await call(() => api.GET('/api/v1/invoices', { params: { query } }))).data;
    },
    deposit(dossierNumber, upload, onProgress) {
      return uploadInvoice(accessToken, dossierNumber, upload, onProgress);
    },
    async invoice(id) {
      return (await call(() => api.GET('/api/v1/invoices/{invoiceId}', onInvoice(id)))).data;
    },
    async invoiceFile(id) {
      return (await call(() => api.GET('/api/v1/invoices/{invoiceId}/file', { ...onInvoice(id), parseAs: 'blob' }))).data as Blob;
    },
    async validate(id) {
      return (await call(() => api.POST('/api/v1/invoices/{invoiceId}/validate', onInvoice(id)))).data;
    },
    async reject(id, reason) {
      return (await call(() => api.POST('/api/v1/invoices/{invoiceId}/reject', { ...onInvoice(id), body: { reason } }))).data;
    },
    async requestChanges(id, message) {
      return (
        await call(() => api.POST('/api/v1/invoices/{invoiceId}/request-changes', { ...onInvoice(id), body: { message } }))
      ).data;
    },
    async withdraw(id) {
      return (await call(() => api.POST('/api/v1/invoices/{invoiceId}/withdraw', onInvoice(id)))).data;
    },
    resubmit(id, resubmission, onProgress) {
      return resubmitInvoice(accessToken, id, resubmission, onProgress);
    },
    async setEnvelope(establishmentId, year, source, amount) {
      return (
        await call(() =>
          api.PUT('/api/v1/establishments/{establishmentId}/funding-accounts/{year}/{source}', {
            params: { path: { establishmentId, year, source } },
            body: { amount },
          }),
        )
      ).data;
    },
    async registerTrainingBodyAccount(siret, account) {
      return (
        await call(() => api.PUT('/api/v1/staff/training-bodies/{siret}/bank-account', { params: { path: { siret } }, body: account }))
      ).data;
    },
    async payments(cursor) {
      return (await call(() => api.GET('/api/v1/payments', { params: { query: { limit: INVOICE_PAGE_SIZE, cursor } } }))).data;
    },
    async pay(invoiceIds) {
      return (await call(() => api.POST('/api/v1/payments', { body: { invoiceIds } }))).data;
    },
    async remittanceAdvice(paymentId) {
      return (
        await call(() =>
          api.GET('/api/v1/payments/{paymentId}/remittance-advice', { params: { path: { paymentId } }, parseAs: 'blob' }),
        )
      ).data as Blob;
    },
  };
}
