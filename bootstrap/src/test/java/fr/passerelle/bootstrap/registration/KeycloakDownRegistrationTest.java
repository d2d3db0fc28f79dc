package fr.passerelle.bootstrap.registration;

import fr.passerelle.bootstrap.support.RealmAdmin;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;

import static fr.passerelle.bootstrap.support.ContractValidation.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

/**
 * Keycloak's admin API unreachable (a port nobody listens on): the registration answers 503 and leaves no account,
 * neither in Passerelle nor in the real Keycloak of the test stack, which keeps running for the token checks.
 */
@QuarkusTest
@TestProfile(KeycloakDownRegistrationTest.KeycloakUnreachable.class)
class KeycloakDownRegistrationTest {

    private static final String EMAIL = "panne@exemple.fr";

    @Inject
    EntityManager entityManager;

    public static final class KeycloakUnreachable implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("passerelle.keycloak.admin.server-url", "http://localhost:" + closedPort(),
                    "passerelle.keycloak.admin.timeout", "2s");
        }

        private static int closedPort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void keycloak_down_gives_503_and_no_account_on_either_side() {
        api().contentType("application/json")
                .body(Map.of("email", EMAIL, "firstName", "Paul", "lastName", "Panne", "phone", "0612345678",
                        "password", "une phrase de passe solide", "establishments", List.of(Map.of("siret", "81234567600009"))))
                .post("/api/v1/registrations")
                .then()
                .statusCode(503)
                .header("Retry-After", "60")
                .body("code", equalTo("IDENTITY_PROVIDER_UNAVAILABLE"))
                .body("detail", containsString("Réessayez"));

        Number rows = QuarkusTransaction.requiringNew().call(() -> (Number) entityManager
                .createNativeQuery("SELECT count(*) FROM user_account WHERE login_email = :email")
                .setParameter("email", EMAIL).getSingleResult());
        assertThat(rows.intValue()).isZero();
        RealmAdmin.admin().queryParam("email", EMAIL).queryParam("exact", true).get(RealmAdmin.USERS)
                .then().statusCode(200).body("$", empty());
    }
}
