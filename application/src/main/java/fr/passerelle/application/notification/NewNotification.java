package fr.passerelle.application.notification;

import fr.passerelle.domain.shared.UserId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A notification to store, for one account or, with no recipient, for every staff member. */
public record NewNotification(UUID id, Optional<UserId> recipient, NotificationEventType type, String title, String text,
                              NotificationTarget target, String eventKey, Instant createdAt) {

    public NewNotification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(eventKey, "eventKey");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
