package fr.passerelle.application.establishment;

import fr.passerelle.domain.establishment.ChangeRequest;

import java.util.Objects;

/** A change request waiting for staff, with the establishment it would change as it is now and who asked. */
public record PendingChange(EstablishmentSummary establishment, ChangeRequest request, String requestedByName) {

    public PendingChange {
        Objects.requireNonNull(establishment, "establishment");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(requestedByName, "requestedByName");
    }
}
