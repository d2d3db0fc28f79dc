package fr.passerelle.application.notification;

import fr.passerelle.domain.shared.Email;

import java.util.Objects;
import java.util.UUID;

/** An email of the outbox, claimed for sending; {@code attempts} counts the failed attempts so far. */
public record QueuedMail(UUID id, Email to, String subject, String body, int attempts) {

    public QueuedMail {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }
}
