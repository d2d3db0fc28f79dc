package fr.passerelle.bootstrap.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.specification.RequestSpecification;

import java.nio.file.Path;

import static io.restassured.RestAssured.given;

/** Every API call of the end-to-end tests goes through here, so every response is checked against openapi.yaml. */
public final class ContractValidation {

    private static final OpenApiValidationFilter CONTRACT = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(
                    Path.of(System.getProperty("passerelle.openapi", "../openapi.yaml")).toUri().toString()).build());

    private ContractValidation() {
    }

    public static RequestSpecification api() {
        return given().filter(CONTRACT);
    }

    public static RequestSpecification api(String bearerToken) {
        return api().auth().oauth2(bearerToken);
    }
}
