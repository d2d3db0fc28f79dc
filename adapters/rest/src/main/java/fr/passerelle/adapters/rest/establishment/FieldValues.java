package fr.passerelle.adapters.rest.establishment;

import fr.passerelle.adapters.rest.problem.InvalidFieldsException;
import fr.passerelle.adapters.rest.problem.Problem.FieldError;
import fr.passerelle.domain.shared.DomainException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads the fields of a request into domain values, collecting every refusal by field so that a form can show them
 * all at once (422 {@code INVALID_CONTENT} with {@code errors[]}), e.g. an IBAN with a typo and an invalid BIC.
 */
final class FieldValues {

    private final List<FieldError> errors = new ArrayList<>();

    /** The value read from the text; empty when the text is absent or refused (the refusal is kept). */
    <T> Optional<T> optional(String field, String text, Function<String, T> read) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return read(field, () -> read.apply(text.strip()));
    }

    <T> Optional<T> required(String field, String text, Function<String, T> read, String whenMissing) {
        if (text == null || text.isBlank()) {
            missing(field, whenMissing);
            return Optional.empty();
        }
        return optional(field, text, read);
    }

    /** A value made of several fields, such as an address. */
    <T> Optional<T> read(String field, Supplier<T> read) {
        try {
            return Optional.of(read.get());
        } catch (DomainException refused) {
            errors.add(new FieldError(field, refused.code(), refused.getMessage()));
            return Optional.empty();
        }
    }

    void missing(String field, String message) {
        errors.add(new FieldError(field, "REQUIRED", message));
    }

    /** @throws InvalidFieldsException when any field was refused */
    void requireValid() {
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
    }
}
