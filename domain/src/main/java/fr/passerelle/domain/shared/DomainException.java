package fr.passerelle.domain.shared;

import java.util.Objects;

/**
 * A business rule refused an operation. The code is stable and meant for programs (the API, the UI's
 * translations); the message is French and meant for the person who triggered the operation.
 */
public class DomainException extends RuntimeException {

    private final String code;

    public DomainException(String code, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.code = Objects.requireNonNull(code, "code");
    }

    public String code() {
        return code;
    }
}
