package fr.passerelle.domain.establishment;

import java.util.Objects;
import java.util.UUID;

public record ChangeRequestId(UUID value) {

    public ChangeRequestId {
        Objects.requireNonNull(value, "value");
    }
}
