package fr.passerelle.application.notification;

import fr.passerelle.application.dossier.PageRequest;
import fr.passerelle.application.identity.Caller;
import fr.passerelle.application.shared.Page;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Inbound port: the caller's own notifications and notification preferences; nobody else's are reachable. */
public interface MyNotifications {

    Page<NotificationView> list(Caller caller, boolean unreadOnly, PageRequest page);

    long unreadCount(Caller caller);

    /** @throws fr.passerelle.application.shared.ResourceNotFoundException when it is not the caller's */
    NotificationView markRead(Caller caller, UUID notification);

    /** What is left unread: nothing. */
    long markAllRead(Caller caller);

    Preferences preferences(Caller caller);

    Preferences updatePreferences(Caller caller, PreferencesUpdate update);

    /** The channels to change (the others stay) and the new unread-alert delay (empty: no alert). */
    record PreferencesUpdate(Map<NotificationEventType, NotificationChannel> channels, Optional<Duration> unreadAlertDelay) {
        public PreferencesUpdate {
            channels = Map.copyOf(channels);
        }
    }
}
