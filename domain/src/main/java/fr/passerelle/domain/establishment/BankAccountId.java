package fr.passerelle.domain.establishment;

import java.util.Objects;
import java.util.UUID;

public record BankAccountId(UUID value) {

    public BankAccountId {
        Objects.requireNonNull(value, "value");
    }
}
