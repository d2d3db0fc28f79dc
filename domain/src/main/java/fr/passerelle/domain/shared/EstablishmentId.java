package fr.passerelle.domain.shared;

import java.util.Objects;
import java.util.UUID;

public record EstablishmentId(UUID value) {

    public EstablishmentId {
        Objects.requireNonNull(value, "value");
    }

    public static EstablishmentId of(String value) {
        return new EstablishmentId(UUID.fromString(value));
    }
}
