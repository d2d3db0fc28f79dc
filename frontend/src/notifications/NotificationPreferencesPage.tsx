import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import {
  eventTypeLabels,
  type NotificationApi,
  type NotificationChannel,
  type NotificationEventType,
  type NotificationPreferences,
} from '../api/notifications';
import { errorMessage } from '../api/problem';
import { useLoad } from '../api/useLoad';
import { FlashMessage } from '../dossiers/FlashMessage';
import { PageTitle } from '../layout/PageTitle';

export interface NotificationPreferencesPageProps {
  notificationApi: Pick<NotificationApi, 'preferences' | 'updatePreferences'>;
}

const ALERT_DELAYS: { minutes: number | null; label: string }[] = [
  { minutes: null, label: 'Jamais' },
  { minutes: 60, label: 'Après 1 heure' },
  { minutes: 240, label: 'Après 4 heures' },
  { minutes: 1440, label: 'Après 1 jour' },
  { minutes: 4320, label: 'Après 3 jours' },
];

/** Per event type, in the app only or by email too; and after how long unread notifications are emailed. */
export function NotificationPreferencesPage({ notificationApi }: NotificationPreferencesPageProps) {
  const [loaded] = useLoad(() => notificationApi.preferences(), []);
  const [channels, setChannels] = useState<Partial<Record<NotificationEventType, NotificationChannel>>>({});
  const [delay, setDelay] = useState<number | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [flash, setFlash] = useState<string | null>(null);

  useEffect(() => {
    if (loaded.status === 'loaded') fill(loaded.value);
  }, [loaded.status]);

  function fill(preferences: NotificationPreferences) {
    setChannels(Object.fromEntries(preferences.eventTypes.map((line) => [line.eventType, line.channel])));
    setDelay(preferences.unreadAlertDelayMinutes);
  }

  if (loaded.status === 'loading') return <p role="status">Chargement de vos préférences…</p>;
  if (loaded.status === 'failed') {
    return (
      <p className="alert-error" role="alert">
        {loaded.message}
      </p>
    );
  }
  const types = loaded.value.eventTypes.map((line) => line.eventType);
  const delays = ALERT_DELAYS.some((option) => option.minutes === delay)
    ? ALERT_DELAYS
    : [...ALERT_DELAYS, { minutes: delay, label: `Après ${delay} minutes` }];

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    setFlash(null);
    try {
      const saved = await notificationApi.updatePreferences({
        eventTypes: types.map((eventType) => ({ eventType, channel: channels[eventType] ?? 'IN_APP' })),
        unreadAlertDelayMinutes: delay,
      });
      fill(saved);
      setFlash('Vos préférences de notification sont enregistrées.');
    } catch (error) {
      setFailure(errorMessage(error));
    }
  }

  return (
    <>
      <PageTitle>Préférences de notification</PageTitle>
      <h1>Préférences de notification</h1>
      <p>
        Chaque événement apparaît dans <Link to="/notifications">vos notifications</Link>. Choisissez ceux qui vous sont aussi
        envoyés par e-mail, à votre adresse de contact (<Link to="/profil">Mon profil</Link>).
      </p>
      <FlashMessage message={flash} />
      {failure && (
        <p className="alert-error" role="alert">
          {failure}
        </p>
      )}
      <form onSubmit={submit} noValidate>
        <table>
          <caption>Comment être prévenu de chaque événement</caption>
          <thead>
            <tr>
              <th scope="col">Événement</th>
              <th scope="col">Dans Passerelle seulement</th>
              <th scope="col">Dans Passerelle et par e-mail</th>
            </tr>
          </thead>
          <tbody>
            {types.map((eventType) => (
              <tr key={eventType}>
                <th scope="row">{eventTypeLabels[eventType]}</th>
                {(['IN_APP', 'IN_APP_AND_EMAIL'] as const).map((channel) => (
                  <td key={channel}>
                    <input
                      type="radio"
                      name={`channel-${eventType}`}
                      aria-label={`${eventTypeLabels[eventType]} : ${channel === 'IN_APP' ? 'dans Passerelle seulement' : 'dans Passerelle et par e-mail'}`}
                      checked={channels[eventType] === channel}
                      onChange={() => setChannels({ ...channels, [eventType]: channel })}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        <div className="field">
          <label htmlFor="unread-alert-delay">M’envoyer par e-mail les notifications restées non lues</label>
          <select
            id="unread-alert-delay"
            value={delay === null ? '' : String(delay)}
            onChange={(event) => setDelay(event.target.value === '' ? null : Number(event.target.value))}
          >
            {delays.map((option) => (
              <option key={option.label} value={option.minutes === null ? '' : String(option.minutes)}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">Enregistrer</button>
      </form>
    </>
  );
}
