package fr.passerelle.application.invoice;

import java.util.Objects;
import java.util.Optional;

/**
 * The invoice a command acts on, by its id as the caller gave it.
 *
 * @param expectedVersion the version the caller last read ({@code If-Match}); when present and stale, nothing changes
 */
public record InvoiceRef(String id, Optional<Long> expectedVersion) {

    public InvoiceRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
    }

    public static InvoiceRef of(String id) {
        return new InvoiceRef(id, Optional.empty());
    }
}
