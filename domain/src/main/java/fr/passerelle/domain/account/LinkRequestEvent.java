package fr.passerelle.domain.account;

import fr.passerelle.domain.shared.DomainEvent;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.UserId;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

public sealed interface LinkRequestEvent extends DomainEvent {

    LinkRequestId requestId();

    record Filed(LinkRequestId requestId, UserId requester, EstablishmentId establishment, UserId by, Instant at)
            implements LinkRequestEvent {
    }

    /** The application grants the rights on the requester's account ({@link UserAccount#changeRights}). */
    record Approved(LinkRequestId requestId, UserId requester, EstablishmentId establishment, Set<Right> rights,
                    UserId by, Instant at) implements LinkRequestEvent {
    }

    record Rejected(LinkRequestId requestId, UserId requester, EstablishmentId establishment, Optional<String> reason,
                    UserId by, Instant at) implements LinkRequestEvent {
    }
}
