package fr.passerelle.bootstrap.account;

import fr.passerelle.bootstrap.support.KeycloakUsers;
import fr.passerelle.bootstrap.support.TestStack;
import fr.passerelle.bootstrap.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static fr.passerelle.bootstrap.support.ContractValidation.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

/**
 * Passerelle's admin client pointed at a port where no Keycloak answers (the test Keycloak itself keeps running, so
 * that the test can check nothing reached it): invitations and suspensions fail with 503 and leave nothing behind.
 */
@QuarkusTest
@TestProfile(KeycloakUnreachableTest.AdminApiUnreachable.class)
class KeycloakUnreachableTest {

    private static final String ORGANISME_ACCOUNT = "a0000000-0000-4000-8000-000000000004";

    public static class AdminApiUnreachable implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("passerelle.keycloak.admin.server-url", "http://localhost:1");
        }
    }

    @Test
    void an_invitation_fails_with_503_and_nothing_is_created_on_either_side() {
        String email = UserApi.freshEmail("sans-keycloak");

        api(TestTokens.employer()).contentType("application/json").body(UserApi.newUser(email, TestStack.LYON, "VIEW_DOSSIERS"))
                .post("/api/v1/users")
                .then().statusCode(503)
                .body("code", equalTo("IDENTITY_PROVIDER_UNAVAILABLE"))
                .body("detail", equalTo("Le service d’authentification est momentanément indisponible. Réessayez dans quelques minutes."));

        api(TestTokens.employer()).queryParam("q", email).get("/api/v1/users").then().statusCode(200).body("items", empty());
        assertThat(KeycloakUsers.byEmail(email)).isEmpty();
    }

    @Test
    void a_training_body_user_invitation_fails_with_503_and_nothing_is_created_on_either_side() {
        String email = UserApi.freshEmail("organisme-sans-keycloak");

        api(TestTokens.staff()).contentType("application/json")
                .body(Map.of("email", email, "lastName", "Roux", "firstName", "Inès", "trainingBody", Map.of("siret", "55208131700034")))
                .post("/api/v1/users")
                .then().statusCode(503)
                .body("code", equalTo("IDENTITY_PROVIDER_UNAVAILABLE"));

        api(TestTokens.staff()).queryParam("q", email).get("/api/v1/users").then().statusCode(200).body("items", empty());
        assertThat(KeycloakUsers.byEmail(email)).isEmpty();
    }

    @Test
    void a_suspension_fails_with_503_and_the_account_stays_as_it_was() {
        String version = api(TestTokens.staff()).get("/api/v1/users/" + ORGANISME_ACCOUNT).then().statusCode(200).extract().header("ETag");

        api(TestTokens.staff()).contentType("application/json").body(Map.of("reason", "Départ"))
                .post("/api/v1/users/" + ORGANISME_ACCOUNT + "/suspend")
                .then().statusCode(503).body("code", equalTo("IDENTITY_PROVIDER_UNAVAILABLE"));

        api(TestTokens.staff()).get("/api/v1/users/" + ORGANISME_ACCOUNT)
                .then().statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .header("ETag", equalTo(version));
        assertThat(KeycloakUsers.enabled(TestStack.TRAINING_BODY_SUBJECT)).isTrue();
    }
}
