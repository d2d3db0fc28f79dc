package fr.passerelle.adapters.rest.notification;

import fr.passerelle.adapters.rest.problem.InvalidFieldsException;
import fr.passerelle.adapters.rest.problem.Problem;
import fr.passerelle.adapters.rest.security.TokenCaller;
import fr.passerelle.application.identity.Role;
import fr.passerelle.application.notification.MyNotifications;
import fr.passerelle.application.notification.NotificationChannel;
import fr.passerelle.application.notification.NotificationEventType;
import fr.passerelle.application.notification.Preferences;
import fr.passerelle.application.shared.MalformedInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** "Notifications" preferences: per event type, in the app only or by email too, and the unread-alert delay. */
@Path("/api/v1/me/notification-preferences")
@Produces(MediaType.APPLICATION_JSON)
class NotificationPreferencesResource {

    private final MyNotifications notifications;
    private final JsonWebToken token;

    NotificationPreferencesResource(MyNotifications notifications, JsonWebToken token) {
        this.notifications = notifications;
        this.token = token;
    }

    @GET
    @RolesAllowed({Role.Names.EMPLOYER, Role.Names.OPCO_STAFF, Role.Names.TRAINING_BODY})
    public PreferencesBody get() {
        return PreferencesBody.from(notifications.preferences(TokenCaller.from(token)));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.EMPLOYER, Role.Names.OPCO_STAFF, Role.Names.TRAINING_BODY})
    public PreferencesBody update(PreferencesBody body) {
        if (body == null) {
            throw new MalformedInputException("Cette opération attend un corps JSON.");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        Map<NotificationEventType, NotificationChannel> channels = new EnumMap<>(NotificationEventType.class);
        List<EventTypeChannel> chosen = body.eventTypes() == null ? List.of() : body.eventTypes();
        for (int i = 0; i < chosen.size(); i++) {
            EventTypeChannel line = chosen.get(i);
            Optional<NotificationEventType> type = parse(NotificationEventType.class, line == null ? null : line.eventType());
            Optional<NotificationChannel> channel = parse(NotificationChannel.class, line == null ? null : line.channel());
            if (type.isEmpty()) {
                errors.add(new Problem.FieldError("eventTypes[" + i + "].eventType", "UNKNOWN_EVENT_TYPE",
                        "Ce type de notification n’existe pas."));
            }
            if (channel.isEmpty()) {
                errors.add(new Problem.FieldError("eventTypes[" + i + "].channel", "UNKNOWN_CHANNEL",
                        "Choisissez « IN_APP » ou « IN_APP_AND_EMAIL »."));
            }
            if (type.isPresent() && channel.isPresent()) {
                channels.put(type.get(), channel.get());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
        return PreferencesBody.from(notifications.updatePreferences(TokenCaller.from(token), new MyNotifications.PreferencesUpdate(
                channels, Optional.ofNullable(body.unreadAlertDelayMinutes()).map(minutes -> Duration.ofMinutes(minutes)))));
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String name) {
        try {
            return name == null ? Optional.empty() : Optional.of(Enum.valueOf(type, name));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    record EventTypeChannel(String eventType, String channel) {
    }

    record PreferencesBody(List<EventTypeChannel> eventTypes, Integer unreadAlertDelayMinutes) {

        static PreferencesBody from(Preferences preferences) {
            return new PreferencesBody(preferences.channels().entrySet().stream()
                    .map(entry -> new EventTypeChannel(entry.getKey().name(), entry.getValue().name())).toList(),
                    preferences.unreadAlertDelay().map(delay -> (int) delay.toMinutes()).orElse(null));
        }
    }
}
