package fr.passerelle.application.notification;

import fr.passerelle.application.dossier.PageRequest;
import fr.passerelle.application.identity.AccountDirectory;
import fr.passerelle.application.identity.AccountRecord;
import fr.passerelle.application.identity.Caller;
import fr.passerelle.application.identity.Role;
import fr.passerelle.application.shared.AccountNotActiveException;
import fr.passerelle.application.shared.Clock;
import fr.passerelle.application.shared.Page;
import fr.passerelle.application.shared.ResourceNotFoundException;
import fr.passerelle.domain.account.UserAccountStatus;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The caller's notifications: those addressed to their account, and the staff ones when they call as staff. Every
 * call names the caller's own account, taken from the token's subject, so no one reaches another's notifications or
 * preferences; a notification id of someone else's answers as an unknown one.
 */
public final class MyNotificationsService implements MyNotifications {

    static final String NOT_FOUND = "Cette notification n’existe pas ou ne vous est pas destinée.";
    private static final String NO_ACCOUNT = "Votre compte n’est pas connu de Passerelle : adressez-vous à l’OPCO.";

    private final Notifications notifications;
    private final NotificationPreferences preferences;
    private final AccountDirectory accounts;
    private final Clock clock;

    public MyNotificationsService(Notifications notifications, NotificationPreferences preferences, AccountDirectory accounts,
                                  Clock clock) {
        this.notifications = Objects.requireNonNull(notifications);
        this.preferences = Objects.requireNonNull(preferences);
        this.accounts = Objects.requireNonNull(accounts);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Page<NotificationView> list(Caller caller, boolean unreadOnly, PageRequest page) {
        return notifications.of(reader(caller), unreadOnly, page);
    }

    @Override
    public long unreadCount(Caller caller) {
        return notifications.unreadCount(reader(caller));
    }

    @Override
    public NotificationView markRead(Caller caller, UUID notification) {
        return notifications.markRead(reader(caller), notification, clock.now())
                .orElseThrow(() -> new ResourceNotFoundException(NOT_FOUND));
    }

    @Override
    public long markAllRead(Caller caller) {
        Reader reader = reader(caller);
        notifications.markAllRead(reader, clock.now());
        return notifications.unreadCount(reader);
    }

    @Override
    public Preferences preferences(Caller caller) {
        return preferences.of(reader(caller).account());
    }

    @Override
    public Preferences updatePreferences(Caller caller, PreferencesUpdate update) {
        Reader reader = reader(caller);
        Map<NotificationEventType, NotificationChannel> chosen = new EnumMap<>(NotificationEventType.class);
        chosen.putAll(preferences.of(reader.account()).chosen());
        chosen.putAll(update.channels());
        Preferences updated = new Preferences(chosen, update.unreadAlertDelay());
        preferences.save(reader.account(), updated);
        return updated;
    }

    private Reader reader(Caller caller) {
        AccountRecord account = accounts.bySubject(caller.subject())
                .orElseThrow(() -> new ResourceNotFoundException(NO_ACCOUNT));
        if (account.status() != UserAccountStatus.ACTIVE) {
            throw new AccountNotActiveException(account.status());
        }
        return new Reader(account.id(), caller.has(Role.OPCO_STAFF));
    }
}
