package fr.passerelle.domain.dossier;

import fr.passerelle.domain.shared.UserId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/** The documents staff are waiting for before they can go on reviewing. */
public record DocumentRequest(Set<DocumentType> types, LocalDate dueDate, String message, UserId requestedBy,
                              Instant requestedAt) {

    public DocumentRequest {
        types = Set.copyOf(types);
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
