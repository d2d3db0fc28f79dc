package fr.passerelle.application.link;

import fr.passerelle.application.establishment.EstablishmentSummary;
import fr.passerelle.domain.account.LinkRequestId;
import fr.passerelle.domain.account.LinkRequestStatus;
import fr.passerelle.domain.account.Right;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A link request as lists show it: who asks, for which establishment, and staff's decision once taken.
 *
 * @param decisionReason why staff refused, when they did
 */
public record LinkRequestLine(LinkRequestId id, String requesterName, String requesterLogin, EstablishmentSummary establishment,
                              String message, LinkRequestStatus status, Set<Right> grantedRights, Instant filedAt,
                              Optional<String> decisionReason, long version) {

    public LinkRequestLine {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(requesterName, "requesterName");
        Objects.requireNonNull(requesterLogin, "requesterLogin");
        Objects.requireNonNull(establishment, "establishment");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(status, "status");
        grantedRights = Set.copyOf(grantedRights);
        Objects.requireNonNull(filedAt, "filedAt");
        Objects.requireNonNull(decisionReason, "decisionReason");
    }
}
