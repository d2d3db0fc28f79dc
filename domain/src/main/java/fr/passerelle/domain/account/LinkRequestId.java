package fr.passerelle.domain.account;

import java.util.Objects;
import java.util.UUID;

public record LinkRequestId(UUID value) {

    public LinkRequestId {
        Objects.requireNonNull(value, "value");
    }
}
