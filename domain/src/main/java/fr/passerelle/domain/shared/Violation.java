package fr.passerelle.domain.shared;

import java.util.Objects;

/** One problem found on one field, so that a form can show every problem next to its field at once. */
public record Violation(String field, String code, String message) {

    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
