package fr.passerelle.adapters.rest.problem;

import java.util.List;

/** What a request carried cannot become the values the application takes: one error per field, all at once. */
public class InvalidFieldsException extends RuntimeException {

    private final transient List<Problem.FieldError> errors;

    public InvalidFieldsException(List<Problem.FieldError> errors) {
        super(errors.size() + " invalid field(s)");
        this.errors = List.copyOf(errors);
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
