package fr.passerelle.application.notification;

import fr.passerelle.domain.account.Right;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.UserId;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Outbound port: who is to be told. */
public interface NotificationRecipients {

    /** The account, whatever its state. */
    Optional<Recipient> account(UserId account);

    /** The active accounts linked to the establishment with at least one of these rights, or ADMIN. */
    List<Recipient> linkedTo(EstablishmentId establishment, Set<Right> anyOf);
}
