package fr.passerelle.adapters.rest.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** An RFC 9457 problem document, as every error of the API is written. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String code, String detail, String instance,
                      List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(String field, String code, String message) {
    }

    public static Problem of(ProblemKind kind, String instance) {
        return of(kind, kind.defaultDetail(), instance);
    }

    public static Problem of(ProblemKind kind, String detail, String instance) {
        return new Problem(kind.typeUri(), kind.title(), kind.status(), kind.name(), detail, instance, null);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, code, detail, instance, List.copyOf(fieldErrors));
    }
}
