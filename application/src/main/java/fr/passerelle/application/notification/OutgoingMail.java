package fr.passerelle.application.notification;

import fr.passerelle.domain.shared.Email;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An email to put in the outbox.
 *
 * @param dedupKey the recipient and the event: the outbox keeps only the first email with a given key
 */
public record OutgoingMail(UUID id, String dedupKey, Email to, String subject, String body, Instant createdAt) {

    public OutgoingMail {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dedupKey, "dedupKey");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
