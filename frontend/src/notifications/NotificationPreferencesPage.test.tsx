import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/problem';
import { fakeNotificationApi, preferences } from '../test/notificationFixtures';
import { NotificationPreferencesPage } from './NotificationPreferencesPage';

describe('NotificationPreferencesPage', () => {
  it('shows the channel of each event type and the unread-alert delay', async () => {
    render(
      <MemoryRouter>
        <NotificationPreferencesPage
          notificationApi={fakeNotificationApi({ preferences: () => Promise.resolve(preferences({ unreadAlertDelayMinutes: 240 })) })}
        />
      </MemoryRouter>,
    );

    const newMessageInApp = await screen.findByRole('radio', { name: 'Un nouveau message : dans Passerelle seulement' });
    await waitFor(() => expect(newMessageInApp).toBeChecked());
    expect(screen.getByRole('radio', { name: 'Des pièces sont demandées : dans Passerelle et par e-mail' })).toBeChecked();
    expect(screen.getByLabelText(/restées non lues/)).toHaveValue('240');
  });

  it('saves the chosen channels and delay', async () => {
    const updatePreferences = vi.fn(() => Promise.resolve(preferences({ unreadAlertDelayMinutes: 60 })));
    render(
      <MemoryRouter>
        <NotificationPreferencesPage
          notificationApi={fakeNotificationApi({ preferences: () => Promise.resolve(preferences()), updatePreferences })}
        />
      </MemoryRouter>,
    );

    await userEvent.click(await screen.findByRole('radio', { name: 'Un nouveau message : dans Passerelle et par e-mail' }));
    await userEvent.click(screen.getByRole('radio', { name: 'Un dossier change d’état : dans Passerelle seulement' }));
    await userEvent.selectOptions(screen.getByLabelText(/restées non lues/), '60');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));

    expect(updatePreferences).toHaveBeenCalledWith({
      eventTypes: [
        { eventType: 'DOSSIER_STATUS_CHANGED', channel: 'IN_APP' },
        { eventType: 'DOCUMENTS_REQUESTED', channel: 'IN_APP_AND_EMAIL' },
        { eventType: 'NEW_MESSAGE', channel: 'IN_APP_AND_EMAIL' },
      ],
      unreadAlertDelayMinutes: 60,
    });
    expect(await screen.findByText('Vos préférences de notification sont enregistrées.')).toBeInTheDocument();
  });

  it('says why the preferences were not saved', async () => {
    const updatePreferences = vi.fn(() => Promise.reject(new ApiError(422, 'Choisissez un délai d’alerte entre 15 minutes et 30 jours.')));
    render(
      <MemoryRouter>
        <NotificationPreferencesPage
          notificationApi={fakeNotificationApi({ preferences: () => Promise.resolve(preferences()), updatePreferences })}
        />
      </MemoryRouter>,
    );

    await userEvent.click(await screen.findByRole('button', { name: 'Enregistrer' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Choisissez un délai d’alerte');
  });
});
