package fr.passerelle.domain.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifies a person (or the platform itself) acting on Passerelle. */
public record UserId(UUID value) {

    /** The platform acting on its own, e.g. when an account is approved automatically. */
    public static final UserId SYSTEM = new UserId(new UUID(0L, 0L));

    public UserId {
        Objects.requireNonNull(value, "value");
    }

    public static UserId of(String value) {
        return new UserId(UUID.fromString(value));
    }
}
