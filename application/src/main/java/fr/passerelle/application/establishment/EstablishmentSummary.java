package fr.passerelle.application.establishment;

import fr.passerelle.domain.establishment.EstablishmentStatus;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.Siret;

import java.util.Objects;

/** An establishment as a list shows it. */
public record EstablishmentSummary(EstablishmentId id, Siret siret, String name, String city, EstablishmentStatus status) {

    public EstablishmentSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(siret, "siret");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
    }
}
