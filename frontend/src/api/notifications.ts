import type { ApiClient } from './client';
import { call } from './problem';
import type { components } from './schema';

export type Notification = components['schemas']['Notification'];
export type NotificationPage = components['schemas']['NotificationPage'];
export type NotificationTarget = components['schemas']['NotificationTarget'];
export type NotificationEventType = components['schemas']['NotificationEventType'];
export type NotificationChannel = components['schemas']['NotificationChannel'];
export type NotificationPreferences = components['schemas']['NotificationPreferences'];

export const NOTIFICATION_PAGE_SIZE = 20;

/** What the bell, the notifications page and the preferences need from the API; tests pass a fake. */
export interface NotificationApi {
  list(unreadOnly: boolean, cursor?: string): Promise<NotificationPage>;
  unreadCount(): Promise<number>;
  markRead(id: string): Promise<Notification>;
  markAllRead(): Promise<number>;
  preferences(): Promise<NotificationPreferences>;
  updatePreferences(preferences: NotificationPreferences): Promise<NotificationPreferences>;
}

export function createNotificationApi(api: ApiClient): NotificationApi {
  return {
    async list(unreadOnly, cursor) {
      const { data } = await call(() =>
        api.GET('/api/v1/notifications', { params: { query: { unread: unreadOnly, limit: NOTIFICATION_PAGE_SIZE, cursor } } }),
      );
      return data;
    },
    async unreadCount() {
      const { data } = await call(() => api.GET('/api/v1/notifications/unread-count'));
      return data.unread;
    },
    async markRead(id) {
      const { data } = await call(() => api.POST('/api/v1/notifications/{notificationId}/read', { params: { path: { notificationId: id } } }));
      return data;
    },
    async markAllRead() {
      const { data } = await call(() => api.POST('/api/v1/notifications/read-all'));
      return data.unread;
    },
    async preferences() {
      const { data } = await call(() => api.GET('/api/v1/me/notification-preferences'));
      return data;
    },
    async updatePreferences(preferences) {
      const { data } = await call(() => api.PUT('/api/v1/me/notification-preferences', { body: preferences }));
      return data;
    },
  };
}

/** The page of the app that shows what the notification is about. */
export function targetRoute(target: NotificationTarget): string {
  switch (target.kind) {
    case 'DOSSIER':
      return `/dossiers/${target.id}`;
    case 'ESTABLISHMENT':
      return `/etablissements/${target.id}`;
    case 'LINK_REQUEST':
      return '/etablissements/rattachement';
    case 'ACCOUNT':
      return '/profil';
    case 'INVOICE':
      return `/factures/${target.id}`;
  }
}

export const eventTypeLabels: Record<NotificationEventType, string> = {
  DOSSIER_STATUS_CHANGED: 'Un dossier change d’état',
  DOCUMENTS_REQUESTED: 'Des pièces sont demandées',
  DOCUMENTS_DUE_SOON: 'Des pièces sont attendues dans 3 jours',
  NEW_MESSAGE: 'Un nouveau message',
  ACCOUNT_DECIDED: 'Mon compte est validé ou refusé',
  LINK_REQUEST_DECIDED: 'Une demande de rattachement est décidée',
  CHANGE_REQUEST_DECIDED: 'Une demande de modification d’établissement est décidée',
  BANK_ACCOUNT_DECIDED: 'Un RIB est validé ou refusé',
};
