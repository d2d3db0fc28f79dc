import { useEffect, useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import type { NotificationApi } from '../api/notifications';

export const BELL_POLL_MS = 30_000;

function bellLabel(unread: number | null): string {
  if (unread === null || unread === 0) return 'Notifications : aucune non lue';
  return unread === 1 ? 'Notifications : 1 non lue' : `Notifications : ${unread} non lues`;
}

function shownCount(unread: number): string {
  return unread > 99 ? '99+' : String(unread);
}

/**
 * The bell of the header: the number of unread notifications, asked again every 30 seconds and whenever the page
 * changes (reading notifications changes it). A failed poll keeps the last count: the bell is no place for an error.
 */
export function NotificationBell({ notificationApi }: { notificationApi: Pick<NotificationApi, 'unreadCount'> }) {
  const [unread, setUnread] = useState<number | null>(null);
  const location = useLocation();

  useEffect(() => {
    let current = true;
    const refresh = () =>
      notificationApi.unreadCount().then(
        (count) => current && setUnread(count),
        () => undefined,
      );
    refresh();
    const timer = window.setInterval(refresh, BELL_POLL_MS);
    return () => {
      current = false;
      window.clearInterval(timer);
    };
  }, [notificationApi, location.pathname]);

  // The name comes from the link's text, visible count included (WCAG 2.5.3, "label in name"); the rest is for
  // screen readers only.
  return (
    <Link to="/notifications" className="notification-bell" title={bellLabel(unread)}>
      <span aria-hidden="true">🔔</span>
      {unread !== null && unread > 0 ? (
        <>
          <span className="visually-hidden">Notifications :</span>{' '}
          <span className="notification-count">{shownCount(unread)}</span>{' '}
          <span className="visually-hidden">{unread === 1 ? 'non lue' : 'non lues'}</span>
        </>
      ) : (
        <span className="visually-hidden">{bellLabel(unread)}</span>
      )}
    </Link>
  );
}
