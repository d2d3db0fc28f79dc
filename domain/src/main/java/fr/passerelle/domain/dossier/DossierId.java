package fr.passerelle.domain.dossier;

import java.util.Objects;
import java.util.UUID;

public record DossierId(UUID value) {

    public DossierId {
        Objects.requireNonNull(value, "value");
    }
}
