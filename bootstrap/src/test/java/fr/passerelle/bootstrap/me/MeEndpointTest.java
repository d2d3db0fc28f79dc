package fr.passerelle.bootstrap.me;

import fr.passerelle.bootstrap.support.TestStack;
import fr.passerelle.bootstrap.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.stream.Stream;

import static fr.passerelle.bootstrap.support.ContractValidation.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class MeEndpointTest {

    @Test
    void an_employer_sees_who_they_are_and_their_establishments_with_rights() {
        api(TestTokens.employer())
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("subject", equalTo(TestStack.EMPLOYER_SUBJECT))
                .body("email", equalTo(TestStack.EMPLOYER_EMAIL))
                .body("displayName", equalTo(TestStack.EMPLOYER_NAME))
                .body("roles", contains("employer"))
                .body("establishments.name", contains("Démo Industrie – Grenoble", "Démo Industrie – Lyon"))
                .body("establishments[0].rights", hasSize(7))
                .body("establishments[0].closed", equalTo(false))
                .body("preferredEstablishmentId", equalTo("e0000000-0000-4000-8000-000000000001"));
    }

    @Test
    void staff_are_linked_to_no_establishment() {
        api(TestTokens.staff())
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("roles", contains("opco-staff"))
                .body("establishments", empty())
                .body("preferredEstablishmentId", nullValue());
    }

    @Test
    void roles_unknown_to_passerelle_are_not_reported() {
        api(TestTokens.withRoles("partner", "offline_access", "uma_authorization"))
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("roles", containsInAnyOrder("partner"));
    }

    @Test
    void without_a_token_the_caller_is_asked_to_authenticate() {
        api().get("/api/v1/me")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("code", equalTo("UNAUTHENTICATED"))
                .body("status", equalTo(401))
                .body("detail", not(empty()));
    }

    static Stream<Arguments> rejectedTokens() {
        return Stream.of(
                Arguments.of("expired", TestTokens.expired()),
                Arguments.of("wrong issuer", TestTokens.fromIssuer("http://localhost:9999/realms/passerelle")),
                Arguments.of("wrong audience", TestTokens.forAudience("another-api")),
                Arguments.of("bad signature", TestTokens.signedByUnknownKey()),
                Arguments.of("alg none", TestTokens.unsigned()),
                Arguments.of("not a token", "garbage"));
    }

    @ParameterizedTest(name = "a token with {0} is refused")
    @MethodSource("rejectedTokens")
    void an_invalid_token_is_refused_as_unauthenticated(String flaw, String token) {
        api(token).get("/api/v1/me")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void a_valid_token_without_a_passerelle_role_is_forbidden() {
        api(TestTokens.withRoles("offline_access"))
                .get("/api/v1/me")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("FORBIDDEN"));
    }
}
