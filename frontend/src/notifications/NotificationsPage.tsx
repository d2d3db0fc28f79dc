import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { targetRoute, type Notification, type NotificationApi, type NotificationPage } from '../api/notifications';
import { errorMessage } from '../api/problem';
import { useLoad } from '../api/useLoad';
import { formatDateTime } from '../dossiers/format';
import { FlashMessage } from '../dossiers/FlashMessage';
import { PageTitle } from '../layout/PageTitle';

export interface NotificationsPageProps {
  notificationApi: Pick<NotificationApi, 'list' | 'markRead' | 'markAllRead'>;
}

/** "Notifications": what happened to my dossiers, establishments and requests, the newest first. */
export function NotificationsPage({ notificationApi }: NotificationsPageProps) {
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [page, setPage] = useLoad<NotificationPage>(() => notificationApi.list(unreadOnly), [unreadOnly]);
  const [failure, setFailure] = useState<string | null>(null);
  const [flash, setFlash] = useState<string | null>(null);
  const navigate = useNavigate();

  if (page.status === 'loading') return <p role="status">Chargement des notifications…</p>;
  if (page.status === 'failed') {
    return (
      <p className="alert-error" role="alert">
        {page.message}
      </p>
    );
  }
  const { items, nextCursor } = page.value;

  function replace(read: Notification) {
    setPage({ items: items.map((item) => (item.id === read.id ? read : item)), nextCursor });
  }

  async function open(notification: Notification) {
    setFailure(null);
    try {
      if (notification.readAt === null) replace(await notificationApi.markRead(notification.id));
      navigate(targetRoute(notification.target));
    } catch (error) {
      setFailure(errorMessage(error));
    }
  }

  async function markRead(notification: Notification) {
    setFailure(null);
    try {
      replace(await notificationApi.markRead(notification.id));
    } catch (error) {
      setFailure(errorMessage(error));
    }
  }

  async function markAllRead() {
    setFailure(null);
    setFlash(null);
    try {
      await notificationApi.markAllRead();
      setPage(await notificationApi.list(unreadOnly));
      setFlash('Toutes vos notifications sont marquées comme lues.');
    } catch (error) {
      setFailure(errorMessage(error));
    }
  }

  async function more() {
    if (!nextCursor) return;
    setFailure(null);
    try {
      const next = await notificationApi.list(unreadOnly, nextCursor);
      setPage({ items: [...items, ...next.items], nextCursor: next.nextCursor });
    } catch (error) {
      setFailure(errorMessage(error));
    }
  }

  return (
    <>
      <PageTitle>Notifications</PageTitle>
      <h1>Notifications</h1>
      <p>
        <Link to="/notifications/preferences">Choisir comment être prévenu</Link>
      </p>
      <FlashMessage message={flash} />
      {failure && (
        <p className="alert-error" role="alert">
          {failure}
        </p>
      )}
      <div className="button-row">
        <label>
          <input type="checkbox" checked={unreadOnly} onChange={(event) => setUnreadOnly(event.target.checked)} /> Non lues
          seulement
        </label>
        <button type="button" className="button-plain" onClick={markAllRead} disabled={items.every((item) => item.readAt !== null)}>
          Tout marquer comme lu
        </button>
      </div>
      {items.length === 0 ? (
        <p className="empty-state">{unreadOnly ? 'Aucune notification non lue.' : 'Aucune notification pour le moment.'}</p>
      ) : (
        <ul className="notification-list">
          {items.map((notification) => (
            <li key={notification.id} className={notification.readAt === null ? 'notification-unread' : undefined}>
              <p>
                {notification.readAt === null && <span className="badge badge-state">Non lue</span>}{' '}
                <a
                  href={targetRoute(notification.target)}
                  onClick={(event) => {
                    event.preventDefault();
                    void open(notification);
                  }}
                >
                  {notification.title}
                </a>
              </p>
              <p>{notification.text}</p>
              <p className="muted">
                <time dateTime={notification.createdAt}>{formatDateTime(notification.createdAt)}</time>
                {notification.readAt === null && (
                  <>
                    {' '}
                    <button type="button" className="button-plain" onClick={() => markRead(notification)}>
                      Marquer comme lue<span className="visually-hidden"> : {notification.title}</span>
                    </button>
                  </>
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
      {nextCursor && (
        <button type="button" className="button-plain" onClick={more}>
          Afficher les notifications plus anciennes
        </button>
      )}
    </>
  );
}
