package fr.passerelle.application.dossier;

import java.util.Objects;
import java.util.Optional;

/**
 * The dossier a command acts on.
 *
 * @param expectedVersion the version the caller last read ({@code If-Match}); when present and stale, nothing changes
 */
public record DossierRef(String number, Optional<Long> expectedVersion) {

    public DossierRef {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
    }

    public static DossierRef of(String number) {
        return new DossierRef(number, Optional.empty());
    }

    public DossierRef at(long version) {
        return new DossierRef(number, Optional.of(version));
    }
}
