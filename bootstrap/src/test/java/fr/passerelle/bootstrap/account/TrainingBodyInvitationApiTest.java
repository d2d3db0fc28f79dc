package fr.passerelle.bootstrap.account;

import fr.passerelle.bootstrap.support.KeycloakUsers;
import fr.passerelle.bootstrap.support.MailInbox;
import fr.passerelle.bootstrap.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static fr.passerelle.bootstrap.support.ContractValidation.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Staff invite a training body's user, linked to the training body's SIRET, against the real Keycloak and mail server. */
@QuarkusTest
class TrainingBodyInvitationApiTest {

    /** The demo training body, "Institut de Formation Rhône-Alpes", and the demo dossiers it provides. */
    private static final String TRAINING_BODY_SIRET = "55208131700034";
    private static final String SUBROGATED_DOSSIER = "900000012";
    private static final String OTHER_DOSSIER = "900000005";

    private static Map<String, Object> newTrainingBodyUser(String email, String siret) {
        return Map.of("email", email, "lastName", "Roux", "firstName", "Inès", "trainingBody", Map.of("siret", siret));
    }

    @Test
    @SuppressWarnings("unchecked")
    void staff_invite_a_training_body_user_who_then_sees_the_subrogated_dossiers_of_that_siret() {
        String email = UserApi.freshEmail("organisme");

        String id = api(TestTokens.staff()).contentType("application/json")
                .body(newTrainingBodyUser(email, TRAINING_BODY_SIRET))
                .post("/api/v1/users")
                .then()
                .statusCode(201)
                .body("loginEmail", equalTo(email))
                .body("status", equalTo("ACTIVE"))
                .body("mustSetPassword", equalTo(true))
                .body("establishments", empty())
                .body("trainingBodySiret", equalTo(TRAINING_BODY_SIRET))
                .body("invitationEmailSent", equalTo(true))
                .extract().path("id");

        Map<String, Object> user = KeycloakUsers.byEmail(email).orElseThrow();
        String subject = (String) user.get("id");
        assertThat(KeycloakUsers.realmRoles(subject)).contains("training-body").doesNotContain("employer");
        assertThat((List<Object>) user.get("requiredActions")).containsExactlyInAnyOrder("UPDATE_PASSWORD", "VERIFY_EMAIL");
        assertThat(MailInbox.awaitAnyMessage(email)).contains("To: " + email).contains("login-actions/action-token");

        api(TestTokens.staff()).get("/api/v1/users/" + id).then().statusCode(200)
                .body("trainingBodySiret", equalTo(TRAINING_BODY_SIRET));
        api(TestTokens.staff()).queryParam("q", email).get("/api/v1/users").then().statusCode(200)
                .body("items.loginEmail", contains(email))
                .body("items[0].trainingBodySiret", equalTo(TRAINING_BODY_SIRET));

        String invited = TestTokens.trainingBody(subject, email);
        api(invited).get("/api/v1/dossiers/" + SUBROGATED_DOSSIER).then().statusCode(200);
        api(invited).get("/api/v1/dossiers/" + OTHER_DOSSIER).then().statusCode(404);
        api(invited).get("/api/v1/dossiers?limit=200").then().statusCode(200)
                .body("items.number", hasItem(SUBROGATED_DOSSIER))
                .body("items.number", not(hasItem(OTHER_DOSSIER)));
    }

    @Test
    void a_company_admin_may_not_invite_a_training_body_user_and_nothing_is_created() {
        String email = UserApi.freshEmail("organisme");

        api(TestTokens.employer()).contentType("application/json")
                .body(newTrainingBodyUser(email, TRAINING_BODY_SIRET))
                .post("/api/v1/users")
                .then()
                .statusCode(403)
                .body("code", equalTo("ACCOUNT_ACTION_FORBIDDEN"));

        assertThat(KeycloakUsers.byEmail(email)).isEmpty();
    }

    @Test
    void a_siret_that_is_not_one_is_refused_at_its_field_and_nothing_is_created() {
        String email = UserApi.freshEmail("organisme");

        api(TestTokens.staff()).contentType("application/json")
                .body(newTrainingBodyUser(email, "55208131700035"))
                .post("/api/v1/users")
                .then()
                .statusCode(422)
                .body("code", equalTo("INVALID_CONTENT"))
                .body("errors.field", contains("trainingBody.siret"));

        assertThat(KeycloakUsers.byEmail(email)).isEmpty();
    }

    @Test
    void an_email_already_in_use_gets_409() {
        api(TestTokens.staff()).contentType("application/json")
                .body(newTrainingBodyUser("employeur2@demo.passerelle.fr", TRAINING_BODY_SIRET))
                .post("/api/v1/users")
                .then()
                .statusCode(409)
                .body("code", equalTo("EMAIL_ALREADY_REGISTERED"))
                .body("detail", containsString("organisme de formation"));
    }

    @Test
    void a_training_body_user_is_invited_without_establishments_or_a_model() {
        String email = UserApi.freshEmail("organisme");
        Map<String, Object> both = Map.of("email", email, "lastName", "Roux", "firstName", "Inès",
                "trainingBody", Map.of("siret", TRAINING_BODY_SIRET), "inImageOf", "a0000000-0000-4000-8000-000000000002");

        api(TestTokens.staff()).contentType("application/json").body(both).post("/api/v1/users")
                .then()
                .statusCode(400)
                .body("code", equalTo("MALFORMED_REQUEST"));
    }
}
