package fr.passerelle.application.notification;

import fr.passerelle.domain.shared.DomainException;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A user's notification preferences: the channel chosen per event type (the type's default otherwise), and after how
 * long unread notifications are emailed (never when empty).
 */
public record Preferences(Map<NotificationEventType, NotificationChannel> chosen, Optional<Duration> unreadAlertDelay) {

    public static final Duration SHORTEST_ALERT_DELAY = Duration.ofMinutes(15);
    public static final Duration LONGEST_ALERT_DELAY = Duration.ofDays(30);
    public static final Preferences DEFAULTS = new Preferences(Map.of(), Optional.empty());

    public Preferences {
        chosen = chosen.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(chosen));
        Objects.requireNonNull(unreadAlertDelay, "unreadAlertDelay");
        unreadAlertDelay.filter(delay -> delay.compareTo(SHORTEST_ALERT_DELAY) < 0 || delay.compareTo(LONGEST_ALERT_DELAY) > 0)
                .ifPresent(outOfRange -> {
                    throw new DomainException("UNREAD_ALERT_DELAY_OUT_OF_RANGE",
                            "Choisissez un délai d’alerte entre 15 minutes et 30 jours, ou aucune alerte.");
                });
    }

    public NotificationChannel channelOf(NotificationEventType type) {
        return chosen.getOrDefault(type, type.defaultChannel());
    }

    public boolean byEmail(NotificationEventType type) {
        return channelOf(type) == NotificationChannel.IN_APP_AND_EMAIL;
    }

    /** Every type with its channel, in the types' order. */
    public Map<NotificationEventType, NotificationChannel> channels() {
        Map<NotificationEventType, NotificationChannel> all = new EnumMap<>(NotificationEventType.class);
        for (NotificationEventType type : NotificationEventType.values()) {
            all.put(type, channelOf(type));
        }
        return all;
    }
}
