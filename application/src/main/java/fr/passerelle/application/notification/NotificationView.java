package fr.passerelle.application.notification;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A notification as its reader sees it: read or not by them. */
public record NotificationView(UUID id, NotificationEventType type, String title, String text, NotificationTarget target,
                               Instant createdAt, Optional<Instant> readAt) {

    public NotificationView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(readAt, "readAt");
    }
}
