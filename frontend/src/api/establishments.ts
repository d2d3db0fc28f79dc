import type { Session } from '../auth/session';
import type {
  BankAccount,
  BankAccountForm,
  ChangeRequestCommand,
  Establishment,
  EstablishmentPage,
  LinkRequest,
  LinkRequestPage,
  PendingBankAccountPage,
  PendingChangePage,
  Right,
} from '../establishments/types';
import type { ApiClient } from './client';
import { ApiError, apiError, call, UNREACHABLE } from './problem';

export const ESTABLISHMENT_PAGE_SIZE = 50;

/** What the establishment, bank account and link request screens need from the API; pages take it as a prop. */
export interface EstablishmentApi {
  list(words: string, cursor?: string): Promise<EstablishmentPage>;
  get(id: string): Promise<Establishment>;
  requestChange(establishment: Establishment, change: ChangeRequestCommand): Promise<Establishment>;
  approveChange(establishment: Establishment): Promise<Establishment>;
  rejectChange(establishment: Establishment, reason: string): Promise<Establishment>;
  close(establishment: Establishment, reason: string): Promise<Establishment>;
  reopen(establishment: Establishment): Promise<Establishment>;
  proposeBankAccount(establishment: Establishment, form: BankAccountForm): Promise<Establishment>;
  deactivateBankAccount(establishment: Establishment, account: BankAccount): Promise<Establishment>;
  validateBankAccount(establishmentId: string, accountId: string, version?: number): Promise<Establishment>;
  rejectBankAccount(establishmentId: string, accountId: string, reason: string, version?: number): Promise<Establishment>;
  proof(establishmentId: string, accountId: string): Promise<Blob>;
  changeQueue(cursor?: string): Promise<PendingChangePage>;
  bankAccountQueue(cursor?: string): Promise<PendingBankAccountPage>;
  fileLinkRequest(siret: string, message: string): Promise<LinkRequest>;
  myLinkRequests(cursor?: string): Promise<LinkRequestPage>;
  linkRequestQueue(cursor?: string): Promise<LinkRequestPage>;
  approveLinkRequest(request: LinkRequest, rights: Right[]): Promise<LinkRequest>;
  rejectLinkRequest(request: LinkRequest, reason: string): Promise<LinkRequest>;
}

function ifMatch(version: number | undefined) {
  return version === undefined ? {} : { 'If-Match': `"${version}"` };
}

export function createEstablishmentApi(api: ApiClient, accessToken: Session['accessToken']): EstablishmentApi {
  const target = (establishment: Establishment) => ({
    path: { establishmentId: establishment.id },
    header: ifMatch(establishment.version),
  });
  const onAccount = (establishmentId: string, accountId: string, version?: number) => ({
    path: { establishmentId, bankAccountId: accountId },
    header: ifMatch(version),
  });
  const page = { limit: ESTABLISHMENT_PAGE_SIZE };

  return {
    async list(words, cursor) {
      const query = { q: words.trim() || undefined, ...page, cursor };
      return (await call(() => api.GET('/api/v1/establishments', { params: { query } }))).data;
    },
    async get(id) {
      return (await call(() => api.GET('/api/v1/establishments/{establishmentId}', { params: { path: { establishmentId: id } } })))
        .data;
    },
    async requestChange(establishment, change) {
      return (
        await call(() =>
          api.POST('/api/v1/establishments/{establishmentId}/change-requests', { params: target(establishment), body: change }),
        )
      ).data;
    },
    async approveChange(establishment) {
      return (
        await call(() => api.POST('/api/v1/establishments/{establishmentId}/change-request/approve', { params: target(establishment) }))
      ).data;
    },
    async rejectChange(establishment, reason) {
      return (
        await call(() =>
          api.POST('/api/v1/establishments/{establishmentId}/change-request/reject', {
            params: target(establishment),
            body: { reason },
          }),
        )
      ).data;
    },
    async close(establishment, reason) {
      return (
        await call(() =>
          api.POST('/api/v1/establishments/{establishmentId}/close', { params: target(establishment), body: { reason } }),
        )
      ).data;
    },
    async reopen(establishment) {
      return (await call(() => api.POST('/api/v1/establishments/{establishmentId}/reopen', { params: target(establishment) })))
        .data;
    },
    proposeBankAccount(establishment, form) {
      return uploadBankAccount(accessToken, establishment, form);
    },
    async deactivateBankAccount(establishment, account) {
      return (
        await call(() =>
          api.POST('/api/v1/establishments/{establishmentId}/bank-accounts/{bankAccountId}/deactivate', {
            params: onAccount(establishment.id, account.id, establishment.version),
          }),
        )
      ).data;
    },
    async validateBankAccount(establishmentId, accountId, version) {
      return (
        await call(() =>
          api.POST('/api/v1/establishments/{establishmentId}/bank-accounts/{bankAccountId}/validate', {
            params: onAccount(establishmentId, accountId, version),
          }),
        )
      ).data;
    },
    async rejectBankAccount(establishmentId, accountId, reason, version) {
      return (
        await call(() =>
          api.POST('/api/v1/establishments/{establishmentId}/bank-accounts/{bankAccountId}/reject', {
            params: onAccount(establishmentId, accountId, version),
            body: { reason },
          }),
        )
      ).data;
    },
    async proof(establishmentId, accountId) {
      return (
        await call(() =>
          api.GET('/api/v1/establishments/{establishmentId}/bank-accounts/{bankAccountId}/proof', {
            params: { path: { establishmentId, bankAccountId: accountId } },
            parseAs: 'blob',
          }),
        )
      ).data;
    },
    async changeQueue(cursor) {
      return (await call(() => api.GET('/api/v1/staff/establishment-changes', { params: { query: { ...page, cursor } } }))).data;
    },
    async bankAccountQueue(cursor) {
      return (await call(() => api.GET('/api/v1/staff/bank-accounts', { params: { query: { ...page, cursor } } }))).data;
    },
    async fileLinkRequest(siret, message) {
      return (await call(() => api.POST('/api/v1/link-requests', { body: { siret, message: message.trim() || null } }))).data;
    },
    async myLinkRequests(cursor) {
      return (await call(() => api.GET('/api/v1/link-requests', { params: { query: { ...page, cursor } } }))).data;
    },
    async linkRequestQueue(cursor) {
      return (await call(() => api.GET('/api/v1/staff/link-requests', { params: { query: { ...page, cursor } } }))).data;
    },
    async approveLinkRequest(request, rights) {
      return (
        await call(() =>
          api.POST('/api/v1/staff/link-requests/{linkRequestId}/approve', {
            params: { path: { linkRequestId: request.id }, header: ifMatch(request.version) },
            body: { rights },
          }),
        )
      ).data;
    },
    async rejectLinkRequest(request, reason) {
      return (
        await call(() =>
          api.POST('/api/v1/staff/link-requests/{linkRequestId}/reject', {
            params: { path: { linkRequestId: request.id }, header: ifMatch(request.version) },
            body: { reason },
          }),
        )
      ).data;
    },
  };
}

/** The RIB goes as multipart with If-Match; fetch is enough here, a proof being small. */
async function uploadBankAccount(
  accessToken: Session['accessToken'],
  establishment: Establishment,
  form: BankAccountForm,
): Promise<Establishment> {
  const body = new FormData();
  body.append('iban', form.iban);
  body.append('bic', form.bic);
  body.append('holder', form.holder);
  body.append('file', form.file, form.file.name);
  let response: Response;
  try {
    response = await fetch(`/api/v1/establishments/${encodeURIComponent(establishment.id)}/bank-accounts`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${await accessToken()}`,
        'If-Match': `"${establishment.version}"`,
        Accept: 'application/json, application/problem+json',
      },
      body,
    });
  } catch {
    throw new ApiError(0, UNREACHABLE);
  }
  const parsed: unknown = await response.json().catch(() => undefined);
  if (response.ok && parsed !== undefined) {
    return parsed as Establishment;
  }
  throw apiError(response.status, parsed);
}
