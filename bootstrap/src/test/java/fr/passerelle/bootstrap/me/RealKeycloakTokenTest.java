package fr.passerelle.bootstrap.me;

import fr.passerelle.bootstrap.support.RealmTokens;
import fr.passerelle.bootstrap.support.TestStack;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static fr.passerelle.bootstrap.support.ContractValidation.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class RealKeycloakTokenTest {

    @Test
    void a_token_from_the_real_realm_opens_the_api() {
        String token = RealmTokens.passwordGrant(TestStack.EMPLOYER_EMAIL, "demo");

        api(token).get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("subject", equalTo(TestStack.EMPLOYER_SUBJECT))
                .body("displayName", equalTo(TestStack.EMPLOYER_NAME))
                .body("roles", contains("employer"))
                .body("establishments", hasSize(2));
    }

    @Test
    void a_training_body_user_of_the_real_realm_is_recognised() {
        String token = RealmTokens.passwordGrant("organisme@demo.passerelle.fr", "demo");

        api(token).get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("email", equalTo("organisme@demo.passerelle.fr"))
                .body("roles", contains("training-body"));
    }
}
