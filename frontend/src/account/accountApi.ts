import createClient from 'openapi-fetch';
import type { ApiClient } from '../api/client';
import { call } from '../api/problem';
import type { components, paths } from '../api/schema';
import type { IdentifierReminderRequest } from '../public/IdentifierReminderPage';

export type NewRegistration = components['schemas']['NewRegistration'];
export type Registered = components['schemas']['Registered'];
export type AccountRequest = components['schemas']['AccountRequest'];
export type AccountRequestPage = components['schemas']['AccountRequestPage'];
export type AccountApproval = components['schemas']['AccountApproval'];

export interface RegistrationApi {
  register(form: NewRegistration): Promise<Registered>;
}

/** The calls made without a token: the newcomer has no account yet, the one who forgot their login cannot log in. */
function publicClient() {
  return createClient<paths>({ baseUrl: window.location.origin });
}

export function createRegistrationApi(): RegistrationApi {
  const api = publicClient();
  return {
    async register(form) {
      return (await call(() => api.POST('/api/v1/registrations', { body: form }))).data;
    },
  };
}

/** Resolves with the server's message, always the same whether an account matches or not. */
export async function requestIdentifierReminder(request: IdentifierReminderRequest): Promise<string> {
  return (await call(() => publicClient().POST('/api/v1/identifier-reminders', { body: request }))).data.message;
}

export interface AccountRequestsApi {
  pending(cursor?: string): Promise<AccountRequestPage>;
  approve(request: AccountRequest, approval: AccountApproval): Promise<AccountRequest>;
  reject(request: AccountRequest, reason: string): Promise<AccountRequest>;
}

export function createAccountRequestsApi(api: ApiClient): AccountRequestsApi {
  const ifMatch = (request: AccountRequest) => ({ 'If-Match': `"${request.version}"` });
  return {
    async pending(cursor) {
      return (await call(() => api.GET('/api/v1/staff/account-requests', { params: { query: { cursor } } }))).data;
    },
    async approve(request, approval) {
      return (
        await call(() =>
          api.POST('/api/v1/staff/account-requests/{accountId}/approve', {
            params: { path: { accountId: request.accountId }, header: ifMatch(request) },
            body: approval,
          }),
        )
      ).data;
    },
    async reject(request, reason) {
      return (
        await call(() =>
          api.POST('/api/v1/staff/account-requests/{accountId}/reject', {
            params: { path: { accountId: request.accountId }, header: ifMatch(request) },
            body: { reason },
          }),
        )
      ).data;
    },
  };
}
