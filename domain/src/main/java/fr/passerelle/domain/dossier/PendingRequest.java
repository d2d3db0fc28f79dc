package fr.passerelle.domain.dossier;

import fr.passerelle.domain.shared.UserId;

import java.time.Instant;
import java.util.Objects;

/** A modification or cancellation the employer asked for, waiting for staff's answer. */
public record PendingRequest(RequestKind kind, String message, UserId requestedBy, Instant requestedAt) {

    public PendingRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
