package fr.passerelle.bootstrap.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.specification.RequestSpecification;

import java.nio.file.Path;

import static io.restassured.RestAssured.given;

/** Every API call of the end-to-end tests goes through here, so every response is checked against openapi.yaml. */
public final class ContractValidation {

    private static final String SPECIFICATION = Path.of(System.getProperty("passerelle.openapi", "../openapi.yaml")).toUri().toString();

    private static final OpenApiValidationFilter CONTRACT = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(SPECIFICATION).build());

    /**
     * REST Assured does not hand multipart bodies to the validator, which would report every upload as having no body;
     * everything else of the exchange, the response above all, is validated as usual.
     */
    private static final OpenApiValidationFilter CONTRACT_FOR_MULTIPART = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(SPECIFICATION)
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request.body.missing", ValidationReport.Level.IGNORE)
                            .build())
                    .build());

    /** For requests that break the contract on purpose: the server's answer must still be one the contract allows. */
    private static final OpenApiValidationFilter CONTRACT_FOR_RESPONSES = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(SPECIFICATION)
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build());

    private ContractValidation() {
    }

    public static RequestSpecification api() {
        return given().filter(CONTRACT);
    }

    public static RequestSpecification api(String bearerToken) {
        return api().auth().oauth2(bearerToken);
    }

    /** A malformed request, sent as is; only the response is checked against the contract. */
    public static RequestSpecification malformedRequest(String bearerToken) {
        return given().filter(CONTRACT_FOR_RESPONSES).auth().oauth2(bearerToken);
    }

    /**
     * The content type of a text part, as browsers send it: UTF-8. RestAssured's default charset for text parts would
     * turn « è » or « ’ » into « ? ».
     */
    public static final String UTF8_TEXT = "text/plain; charset=UTF-8";

    /** For {@code multipart/form-data} uploads: the response is validated, the request body cannot be (see above). */
    public static RequestSpecification multipartApi() {
        return given().filter(CONTRACT_FOR_MULTIPART);
    }

    public static RequestSpecification multipartApi(String bearerToken) {
        return multipartApi().auth().oauth2(bearerToken);
    }
}
