package fr.passerelle.adapters.rest.account;

import fr.passerelle.adapters.rest.problem.InvalidFieldsException;
import fr.passerelle.adapters.rest.problem.Problem.FieldError;
import fr.passerelle.domain.shared.DomainException;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reads a body's values through the domain's value objects, keeping each refusal on its field, and reports them all at once. */
final class FieldReader {

    private final List<FieldError> errors = new ArrayList<>();

    /** The value, or null (its error recorded) when it is missing or refused. */
    <T> T required(String field, String text, String missing, Function<String, T> parse) {
        if (text == null || text.isBlank()) {
            errors.add(new FieldError(field, "REQUIRED", missing));
            return null;
        }
        return optional(field, text, parse);
    }

    <T> T optional(String field, String text, Function<String, T> parse) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parse.apply(text);
        } catch (DomainException invalid) {
            errors.add(new FieldError(field, invalid.code(), invalid.getMessage()));
            return null;
        }
    }

    void requireNoError() {
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
    }
}
