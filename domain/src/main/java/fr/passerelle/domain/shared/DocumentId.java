package fr.passerelle.domain.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifies a stored file (a proof, a programme, a certificate...). The file itself lives outside the domain. */
public record DocumentId(UUID value) {

    public DocumentId {
        Objects.requireNonNull(value, "value");
    }

    public static DocumentId of(String value) {
        return new DocumentId(UUID.fromString(value));
    }
}
