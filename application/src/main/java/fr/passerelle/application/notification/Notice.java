package fr.passerelle.application.notification;

import fr.passerelle.domain.account.Right;
import fr.passerelle.domain.dossier.DossierNumber;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.UserId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Something to tell an audience, in French: one notification per recipient, and an email to those who asked for
 * this type of event by email.
 *
 * @param eventKey  names the event: publishing the same key again to the same recipient does nothing
 * @param causedBy  who caused it, who is not told of what they did themselves
 */
public record Notice(NotificationEventType type, Audience audience, String title, String text, NotificationTarget target,
                     String eventKey, Instant at, Optional<UserId> causedBy) {

    public Notice {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(eventKey, "eventKey");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(causedBy, "causedBy");
    }

    /**
     * A new message on a dossier, for the messages feature to publish in the transaction that stores the message:
     * {@code publisher.publish(Notice.newMessage(...))}. A message from staff goes to the establishment's users who
     * see its dossiers; a message from the employer goes to staff.
     */
    public static Notice newMessage(DossierNumber dossier, EstablishmentId establishment, UUID messageId, boolean fromStaff,
                                    UserId author, Instant at) {
        Audience audience = fromStaff
                ? Audience.establishmentUsers(establishment, Set.of(Right.VIEW_DOSSIERS, Right.MANAGE_DOSSIERS))
                : Audience.staff();
        return new Notice(NotificationEventType.NEW_MESSAGE, audience, "Nouveau message sur le dossier " + dossier.value(),
                fromStaff ? "L’OPCO vous a écrit au sujet du dossier " + dossier.value() + "."
                        : "L’employeur a écrit au sujet du dossier " + dossier.value() + ".",
                NotificationTarget.dossier(dossier), "message:" + messageId, at, Optional.of(author));
    }
}
