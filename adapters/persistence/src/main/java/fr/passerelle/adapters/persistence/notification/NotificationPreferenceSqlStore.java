package fr.passerelle.adapters.persistence.notification;

import fr.passerelle.application.notification.NotificationChannel;
import fr.passerelle.application.notification.NotificationEventType;
import fr.passerelle.application.notification.NotificationPreferences;
import fr.passerelle.application.notification.Preferences;
import fr.passerelle.domain.shared.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Preferences in {@code notification_preference}: the types chosen by email and those chosen in the app only,
 * space-separated; a type in neither list (one added after the choice was made) keeps its default.
 */
@ApplicationScoped
class NotificationPreferenceSqlStore implements NotificationPreferences {

    private final EntityManager entityManager;

    NotificationPreferenceSqlStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Preferences of(UserId account) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT email_event_types, in_app_only_event_types, unread_alert_delay_minutes
                        FROM notification_preference WHERE account_id = :account
                        """, Object[].class)
                .setParameter("account", account.value())
                .getResultList();
        return rows.stream().findFirst().map(row -> {
            Map<NotificationEventType, NotificationChannel> chosen = new EnumMap<>(NotificationEventType.class);
            types((String) row[0]).forEach(type -> chosen.put(type, NotificationChannel.IN_APP_AND_EMAIL));
            types((String) row[1]).forEach(type -> chosen.put(type, NotificationChannel.IN_APP));
            return new Preferences(chosen, Optional.ofNullable((Number) row[2]).map(minutes -> Duration.ofMinutes(minutes.longValue())));
        }).orElse(Preferences.DEFAULTS);
    }

    @Override
    public void save(UserId account, Preferences preferences) {
        entityManager.createNativeQuery("""
                        INSERT INTO notification_preference (account_id, email_event_types, in_app_only_event_types, unread_alert_delay_minutes)
                        VALUES (:account, :email, :inApp, :delay)
                        ON CONFLICT (account_id) DO UPDATE SET email_event_types = EXCLUDED.email_event_types,
                            in_app_only_event_types = EXCLUDED.in_app_only_event_types,
                            unread_alert_delay_minutes = EXCLUDED.unread_alert_delay_minutes
                        """)
                .setParameter("account", account.value())
                .setParameter("email", names(preferences, NotificationChannel.IN_APP_AND_EMAIL))
                .setParameter("inApp", names(preferences, NotificationChannel.IN_APP))
                .setParameter("delay", preferences.unreadAlertDelay().map(delay -> (int) delay.toMinutes()).orElse(null))
                .executeUpdate();
    }

    private static String names(Preferences preferences, NotificationChannel channel) {
        return preferences.chosen().entrySet().stream().filter(entry -> entry.getValue() == channel)
                .map(entry -> entry.getKey().name()).sorted().collect(Collectors.joining(" "));
    }

    /** Names of types this version no longer knows are dropped. */
    private static List<NotificationEventType> types(String spaceSeparated) {
        return Arrays.stream(spaceSeparated.split(" ")).filter(name -> !name.isBlank())
                .filter(name -> Arrays.stream(NotificationEventType.values()).anyMatch(type -> type.name().equals(name)))
                .map(NotificationEventType::valueOf).toList();
    }
}
