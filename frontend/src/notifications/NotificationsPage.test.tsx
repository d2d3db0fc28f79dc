import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import type { NotificationApi } from '../api/notifications';
import { fakeNotificationApi, notification } from '../test/notificationFixtures';
import { NotificationsPage } from './NotificationsPage';

function renderPage(api: NotificationApi) {
  render(
    <MemoryRouter initialEntries={['/notifications']}>
      <Routes>
        <Route path="/notifications" element={<NotificationsPage notificationApi={api} />} />
        <Route path="/dossiers/:number" element={<h1>Page du dossier</h1>} />
        <Route path="/etablissements/:id" element={<h1>Page de l’établissement</h1>} />
      </Routes>
    </MemoryRouter>,
  );
}

const unread = notification();
const read = notification({
  id: 'f6000000-0000-4000-8000-000000000004',
  eventType: 'BANK_ACCOUNT_DECIDED',
  title: 'RIB validé : Démo Industrie – Grenoble',
  text: 'Le compte bancaire proposé a été validé.',
  createdAt: '2026-06-03T10:00:00Z',
  readAt: '2026-06-03T12:00:00Z',
  target: { kind: 'ESTABLISHMENT', id: 'e0000000-0000-4000-8000-000000000002' },
});

describe('NotificationsPage', () => {
  it('lists notifications, the unread ones marked, each linking to what it is about', async () => {
    renderPage(fakeNotificationApi({ list: () => Promise.resolve({ items: [unread, read], nextCursor: null }) }));

    const items = await screen.findAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Non lue');
    expect(items[1]).not.toHaveTextContent('Non lue');
    expect(within(items[0]).getByRole('link', { name: unread.title })).toHaveAttribute('href', '/dossiers/900000006');
    expect(within(items[1]).getByRole('link', { name: read.title })).toHaveAttribute(
      'href',
      '/etablissements/e0000000-0000-4000-8000-000000000002',
    );
  });

  it('marks a notification read when it is opened, then shows its dossier', async () => {
    const markRead = vi.fn(() => Promise.resolve({ ...unread, readAt: '2026-11-26T08:00:00Z' }));
    renderPage(fakeNotificationApi({ list: () => Promise.resolve({ items: [unread], nextCursor: null }), markRead }));

    await userEvent.click(await screen.findByRole('link', { name: unread.title }));

    expect(markRead).toHaveBeenCalledWith(unread.id);
    expect(await screen.findByRole('heading', { name: 'Page du dossier' })).toBeInTheDocument();
  });

  it('marks everything read and says so', async () => {
    const list = vi
      .fn()
      .mockResolvedValueOnce({ items: [unread], nextCursor: null })
      .mockResolvedValueOnce({ items: [{ ...unread, readAt: '2026-11-26T08:00:00Z' }], nextCursor: null });
    const markAllRead = vi.fn(() => Promise.resolve(0));
    renderPage(fakeNotificationApi({ list, markAllRead }));

    await userEvent.click(await screen.findByRole('button', { name: 'Tout marquer comme lu' }));

    expect(markAllRead).toHaveBeenCalled();
    expect(await screen.findByText('Toutes vos notifications sont marquées comme lues.')).toBeInTheDocument();
    expect(screen.getByRole('listitem')).not.toHaveTextContent('Non lue');
    expect(screen.getByRole('button', { name: 'Tout marquer comme lu' })).toBeDisabled();
  });

  it('says when there is nothing, and filters the unread ones on demand', async () => {
    const list = vi.fn((unreadOnly: boolean) => Promise.resolve({ items: unreadOnly ? [] : [read], nextCursor: null }));
    renderPage(fakeNotificationApi({ list }));

    await screen.findByRole('link', { name: read.title });
    await userEvent.click(screen.getByRole('checkbox', { name: /Non lues seulement/ }));

    expect(await screen.findByText('Aucune notification non lue.')).toBeInTheDocument();
    expect(list).toHaveBeenLastCalledWith(true);
  });

  it('loads older notifications after the last one', async () => {
    const list = vi.fn((_unreadOnly: boolean, cursor?: string) =>
      Promise.resolve(cursor === 'page-2' ? { items: [read], nextCursor: null } : { items: [unread], nextCursor: 'page-2' }),
    );
    renderPage(fakeNotificationApi({ list }));

    await userEvent.click(await screen.findByRole('button', { name: 'Afficher les notifications plus anciennes' }));

    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(2));
    expect(screen.queryByRole('button', { name: 'Afficher les notifications plus anciennes' })).not.toBeInTheDocument();
  });
});
