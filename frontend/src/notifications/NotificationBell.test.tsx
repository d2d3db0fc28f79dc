import { act, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BELL_POLL_MS, NotificationBell } from './NotificationBell';

describe('NotificationBell', () => {
  afterEach(() => vi.useRealTimers());

  it('says how many notifications are unread and links to them', async () => {
    render(
      <MemoryRouter>
        <NotificationBell notificationApi={{ unreadCount: () => Promise.resolve(3) }} />
      </MemoryRouter>,
    );

    const bell = await screen.findByRole('link', { name: 'Notifications : 3 non lues' });
    expect(bell).toHaveAttribute('href', '/notifications');
    expect(bell).toHaveTextContent('3');
  });

  it('shows no number when everything is read', async () => {
    render(
      <MemoryRouter>
        <NotificationBell notificationApi={{ unreadCount: () => Promise.resolve(0) }} />
      </MemoryRouter>,
    );

    expect(await screen.findByRole('link', { name: 'Notifications : aucune non lue' })).not.toHaveTextContent(/\d/);
  });

  it('asks again every 30 seconds and keeps the last count when a poll fails', async () => {
    vi.useFakeTimers();
    const unreadCount = vi
      .fn<() => Promise<number>>()
      .mockResolvedValueOnce(1)
      .mockResolvedValueOnce(4)
      .mockRejectedValueOnce(new Error('injoignable'));
    render(
      <MemoryRouter>
        <NotificationBell notificationApi={{ unreadCount }} />
      </MemoryRouter>,
    );
    await act(async () => {});
    expect(screen.getByRole('link', { name: 'Notifications : 1 non lue' })).toBeInTheDocument();

    await act(async () => {
      vi.advanceTimersByTime(BELL_POLL_MS);
    });
    expect(screen.getByRole('link', { name: 'Notifications : 4 non lues' })).toBeInTheDocument();

    await act(async () => {
      vi.advanceTimersByTime(BELL_POLL_MS);
    });
    expect(unreadCount).toHaveBeenCalledTimes(3);
    expect(screen.getByRole('link', { name: 'Notifications : 4 non lues' })).toBeInTheDocument();
  });
});
