package fr.passerelle.bootstrap.web;

import fr.passerelle.bootstrap.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

/** Unknown routes are outside the contract, so these calls are checked by hand rather than against openapi.yaml. */
@QuarkusTest
class ErrorDocumentsTest {

    @Test
    void an_unknown_api_route_answers_a_problem_document() {
        given().auth().oauth2(TestTokens.employer())
                .get("/api/v1/nothing-here")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("NOT_FOUND"))
                .body("instance", equalTo("/api/v1/nothing-here"));
    }

    @Test
    void an_unknown_route_outside_the_api_answers_a_problem_document() {
        given().post("/nothing-here")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("NOT_FOUND"));
        given().get("/q/nothing-here")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void a_method_the_route_does_not_offer_answers_a_problem_document() {
        given().auth().oauth2(TestTokens.employer())
                .delete("/api/v1/me")
                .then()
                .statusCode(405)
                .contentType("application/problem+json")
                .body("code", equalTo("METHOD_NOT_ALLOWED"));
    }

    @Test
    void a_missing_static_file_is_not_answered_with_the_app() {
        given().accept("text/html")
                .get("/assets/missing.js")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body(not(containsString("<html")));
    }
}
