import type { Notification, NotificationApi, NotificationPreferences } from '../api/notifications';

export function notification(overrides: Partial<Notification> = {}): Notification {
  return {
    id: 'f6000000-0000-4000-8000-000000000001',
    eventType: 'DOCUMENTS_REQUESTED',
    title: 'Pièces demandées avant le 15/12/2026 : dossier 900000006',
    text: 'L’OPCO attend pour le dossier « Anglais professionnel » (n° 900000006), au plus tard le 15/12/2026 : devis.',
    createdAt: '2026-11-25T10:00:00Z',
    readAt: null,
    target: { kind: 'DOSSIER', id: '900000006' },
    ...overrides,
  };
}

export function preferences(overrides: Partial<NotificationPreferences> = {}): NotificationPreferences {
  return {
    eventTypes: [
      { eventType: 'DOSSIER_STATUS_CHANGED', channel: 'IN_APP_AND_EMAIL' },
      { eventType: 'DOCUMENTS_REQUESTED', channel: 'IN_APP_AND_EMAIL' },
      { eventType: 'NEW_MESSAGE', channel: 'IN_APP' },
    ],
    unreadAlertDelayMinutes: null,
    ...overrides,
  };
}

/** Every call fails unless the test says what it answers. */
export function fakeNotificationApi(overrides: Partial<NotificationApi> = {}): NotificationApi {
  const unexpected = () => Promise.reject(new Error('not expected in this test'));
  return {
    list: unexpected,
    unreadCount: () => Promise.resolve(0),
    markRead: unexpected,
    markAllRead: unexpected,
    preferences: unexpected,
    updatePreferences: unexpected,
    ...overrides,
  };
}
