package fr.passerelle.application.establishment;

import fr.passerelle.domain.shared.EstablishmentId;

import java.util.Objects;
import java.util.Optional;

/**
 * The establishment a command acts on.
 *
 * @param expectedVersion the version the caller last read ({@code If-Match}); when present and stale, nothing changes
 */
public record EstablishmentRef(EstablishmentId id, Optional<Long> expectedVersion) {

    public EstablishmentRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
    }

    public static EstablishmentRef of(EstablishmentId id) {
        return new EstablishmentRef(id, Optional.empty());
    }
}
