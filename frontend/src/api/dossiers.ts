import type { Session } from '../auth/session';
import type { ApiClient } from './client';
import { etag } from './etag';
import { call } from './problem';
import {
  postMessage,
  terminateDossier,
  uploadDocument,
  type DocumentUpload,
  type MessageUpload,
  type Termination,
  type UploadProgress,
} from './upload';
import type {
  Dossier,
  DossierCommand,
  DossierContent,
  DossierDocument,
  DossierFilters,
  DossierMessage,
  DossierPage,
  EmployeePage,
  HistoryEntry,
  MessageAttachment,
  MessagePage,
  NewDossier,
} from '../dossiers/types';

export const PAGE_SIZE = 50;

/** What the dossier screens need from the API; pages take it as a prop so tests can pass a fake. */
export interface DossierApi {
  list(filters: DossierFilters, cursor?: string): Promise<DossierPage>;
  queue(cursor?: string): Promise<DossierPage>;
  get(number: string): Promise<Dossier>;
  history(number: string): Promise<HistoryEntry[]>;
  create(dossier: NewDossier, idempotencyKey: string): Promise<Dossier>;
  save(dossier: Dossier, content: DossierContent): Promise<Dossier>;
  remove(dossier: Dossier): Promise<void>;
  run(dossier: Dossier, command: DossierCommand): Promise<Dossier>;
  attach(dossier: Dossier, upload: DocumentUpload, onProgress: UploadProgress): Promise<Dossier>;
  /** Declares an early termination with the signed form; the uninvoiced commitment is released. */
  terminate(dossier: Dossier, termination: Termination, onProgress: UploadProgress): Promise<Dossier>;
  download(dossier: Dossier, document: DossierDocument): Promise<Blob>;
  /** The employee register of the establishment's company, by name. */
  employees(establishmentId: string, words: string, cursor?: string): Promise<EmployeePage>;
  /** The dossier's message thread, oldest first. */
  messages(number: string, cursor?: string): Promise<MessagePage>;
  postMessage(number: string, message: MessageUpload, onProgress: UploadProgress): Promise<DossierMessage>;
  /** Marks what the other side wrote as read by the caller, now. */
  markMessagesRead(number: string): Promise<void>;
  downloadAttachment(number: string, message: DossierMessage, attachment: MessageAttachment): Promise<Blob>;
}

export const EMPLOYEE_PAGE_SIZE = 20;

export function createDossierApi(api: ApiClient, accessToken: Session['accessToken']): DossierApi {
  const target = (dossier: Dossier) => ({
    path: { number: dossier.number },
    header: { 'If-Match': etag(dossier) },
  });

  async function run(dossier: Dossier, command: DossierCommand): Promise<Dossier> {
    const params = target(dossier);
    switch (command.action) {
      case 'SUBMIT':
        return (await call(() => api.POST('/api/v1/dossiers/{number}/submit', { params }))).data;
      case 'UNLOCK':
        return (await call(() => api.POST('/api/v1/dossiers/{number}/unlock', { params }))).data;
      case 'TAKE_INTO_REVIEW':
        return (await call(() => api.POST('/api/v1/dossiers/{number}/review', { params }))).data;
      case 'HAND_BACK_DOCUMENTS':
        return (await call(() => api.POST('/api/v1/dossiers/{number}/hand-back', { params }))).data;
      case 'ACCEPT_MODIFICATION':
      case 'ACCEPT_CANCELLATION':
        return (await call(() => api.POST('/api/v1/dossiers/{number}/pending-request/accept', { params }))).data;
      case 'CANCEL':
        return (await call(() => api.POST('/api/v1/dossiers/{number}/cancel', { params, body: { reason: command.reason } }))).data;
      case 'REFUSE':
        return (await call(() => api.POST('/api/v1/dossiers/{number}/refuse', { params, body: { reason: command.reason } }))).data;
      case 'DECLINE_REQUEST':
        return (
          await call(() =>
            api.POST('/api/v1/dossiers/{number}/pending-request/decline', { params, body: { reason: command.reason } }),
          )
        ).data;
      case 'REQUEST_MODIFICATION':
        return (
          await call(() =>
            api.POST('/api/v1/dossiers/{number}/modification-requests', { params, body: { message: command.message } }),
          )
        ).data;
      case 'REQUEST_CANCELLATION':
        return (
          await call(() =>
            api.POST('/api/v1/dossiers/{number}/cancellation-requests', { params, body: { message: command.message } }),
          )
        ).data;
      case 'GRANT':
        return (await call(() => api.POST('/api/v1/dossiers/{number}/grant', { params, body: { amount: command.amount } }))).data;
      case 'CLOSE_BALANCE':
        return (await call(() => api.POST('/api/v1/dossiers/{number}/close-balance', { params }))).data;
      case 'REQUEST_DOCUMENTS':
        return (
          await call(() =>
            api.POST('/api/v1/dossiers/{number}/request-documents', {
              params,
              body: { types: command.types, dueDate: command.dueDate, message: command.message },
            }),
          )
        ).data;
    }
  }

  return {
    async employees(establishmentId, words, cursor) {
      const query = { q: words || undefined, limit: EMPLOYEE_PAGE_SIZE, cursor };
      return (
        await call(() =>
          api.GET('/api/v1/establishments/{establishmentId}/employees', { params: { path: { establishmentId }, query } }),
        )
      ).data;
    },
    async list(filters, cursor) {
      const query = {
        establishmentId: filters.establishmentId || undefined,
        number: filters.number || undefined,
        status: filters.status || undefined,
        scheme: filters.scheme || undefined,
        startYear: filters.startYear ? Number(filters.startYear) : undefined,
        q: filters.q.trim() || undefined,
        limit: PAGE_SIZE,
        cursor,
      };
      return (await call(() => api.GET('/api/v1/dossiers', { params: { query } }))).data;
    },
    async queue(cursor) {
      return (await call(() => api.GET('/api/v1/staff/dossier-queue', { params: { query: { limit: PAGE_SIZE, cursor } } })))
        .data;
    },
    async get(number) {
      return (await call(() => api.GET('/api/v1/dossiers/{number}', { params: { path: { number } } }))).data;
    },
    async history(number) {
      return (await call(() => api.GET('/api/v1/dossiers/{number}/history', { params: { path: { number } } }))).data;
    },
    async create(dossier, idempotencyKey) {
      return (
        await call(() =>
          api.POST('/api/v1/dossiers', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body: dossier }),
        )
      ).data;
    },
    async save(dossier, content) {
      return (await call(() => api.PUT('/api/v1/dossiers/{number}', { params: target(dossier), body: content }))).data;
    },
    async remove(dossier) {
      await call(() => api.DELETE('/api/v1/dossiers/{number}', { params: target(dossier) }));
    },
    run,
    attach(dossier, upload, onProgress) {
      return uploadDocument(accessToken, dossier, upload, onProgress);
    },
    terminate(dossier, termination, onProgress) {
      return terminateDossier(accessToken, dossier, termination, onProgress);
    },
    async messages(number, cursor) {
      const params = { path: { number }, query: { limit: PAGE_SIZE, cursor } };
      return (await call(() => api.GET('/api/v1/dossiers/{number}/messages', { params }))).data;
    },
    postMessage(number, message, onProgress) {
      return postMessage(accessToken, number, message, onProgress);
    },
    async markMessagesRead(number) {
      await call(() => api.POST('/api/v1/dossiers/{number}/messages/read', { params: { path: { number } } }));
    },
    async downloadAttachment(number, message, attachment) {
      const path = { number, messageId: message.id, documentId: attachment.id };
      return (
        await call(() =>
          api.GET('/api/v1/dossiers/{number}/messages/{messageId}/attachments/{documentId}', { params: { path }, parseAs: 'blob' }),
        )
      ).data;
    },
    async download(dossier, document) {
      const path = { number: dossier.number, documentId: document.id };
      return (
        await call(() => api.GET('/api/v1/dossiers/{number}/documents/{documentId}', { params: { path }, parseAs: 'blob' }))
      ).data;
    },
  };
}
