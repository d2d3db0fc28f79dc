package fr.passerelle.domain.establishment;

import fr.passerelle.domain.shared.UserId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A change an employer asked for, with staff's decision once taken. */
public record ChangeRequest(ChangeRequestId id, ProposedChange change, ChangeRequestStatus status, UserId requestedBy,
                            Instant requestedAt, Optional<String> decisionReason) {

    public ChangeRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(decisionReason, "decisionReason");
    }

    ChangeRequest decided(ChangeRequestStatus decision, Optional<String> reason) {
        return new ChangeRequest(id, change, decision, requestedBy, requestedAt, reason);
    }

    public boolean isPending() {
        return status == ChangeRequestStatus.PENDING;
    }
}
