package fr.passerelle.bootstrap.account;

import fr.passerelle.bootstrap.account.UserApi.Invited;
import fr.passerelle.bootstrap.support.KeycloakUsers;
import fr.passerelle.bootstrap.support.MailInbox;
import fr.passerelle.bootstrap.support.TestStack;
import fr.passerelle.bootstrap.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static fr.passerelle.bootstrap.support.ContractValidation.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** A company ADMIN manages colleagues, against the real Keycloak and mail server of the test stack. */
@QuarkusTest
class ColleaguesApiTest {

    private static final String ORGANISME_ACCOUNT = "a0000000-0000-4000-8000-000000000004";
    private static final String EMPLOYEUR2_ACCOUNT = "a0000000-0000-4000-8000-000000000003";
    private static final String EMPLOYER_ACCOUNT = "a0000000-0000-4000-8000-000000000002";
    private static final String NANTES = "e0000000-0000-4000-8000-000000000003";

    @Test
    @SuppressWarnings("unchecked")
    void an_invitation_creates_the_keycloak_user_with_its_required_actions_and_its_email_is_sent() {
        String email = UserApi.freshEmail("invitee");

        api(TestTokens.employer()).contentType("application/json")
                .body(UserApi.newUser(email.toUpperCase(), TestStack.LYON, "VIEW_DOSSIERS", "MANAGE_DOSSIERS"))
                .post("/api/v1/users")
                .then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .header("Location", containsString("/api/v1/users/"))
                .body("loginEmail", equalTo(email))
                .body("status", equalTo("ACTIVE"))
                .body("mustSetPassword", equalTo(true))
                .body("establishments.name", contains("Démo Industrie – Lyon"))
                .body("establishments[0].rights", contains("MANAGE_DOSSIERS", "VIEW_DOSSIERS"))
                .body("allowedActions", hasItem("SUSPEND"))
                .body("invitationEmailSent", equalTo(true));

        Map<String, Object> user = KeycloakUsers.byEmail(email).orElseThrow();
        assertThat(user.get("enabled")).isEqualTo(true);
        assertThat((List<Object>) user.get("requiredActions")).containsExactlyInAnyOrder("UPDATE_PASSWORD", "VERIFY_EMAIL");
        assertThat(MailInbox.awaitAnyMessage(email)).contains("To: " + email).contains("login-actions/action-token");
    }

    @Test
    void an_email_already_in_use_gets_409_with_what_to_do_next() {
        api(TestTokens.employer()).contentType("application/json")
                .body(UserApi.newUser("employeur2@demo.passerelle.fr", TestStack.LYON, "VIEW_DOSSIERS"))
                .post("/api/v1/users")
                .then()
                .statusCode(409)
                .body("code", equalTo("EMAIL_ALREADY_REGISTERED"))
                .body("detail", containsString("demande de rattachement"));
    }

    @Test
    void an_admin_lists_and_reads_the_users_of_their_establishments_with_allowed_actions_and_etag() {
        Invited colleague = UserApi.inviteLyonViewer();

        api(TestTokens.employer()).queryParam("q", colleague.email()).get("/api/v1/users")
                .then().statusCode(200)
                .body("items.loginEmail", contains(colleague.email()))
                .body("items[0].status", equalTo("ACTIVE"))
                .body("items[0].establishments[0].rights", contains("VIEW_DOSSIERS"));
        api(TestTokens.employer()).queryParam("establishmentId", TestStack.LYON).queryParam("limit", 1).get("/api/v1/users")
                .then().statusCode(200)
                .body("nextCursor", notNullValue());
        api(TestTokens.employer()).get("/api/v1/users/" + colleague.id())
                .then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("allowedActions", containsInAnyOrder("SUSPEND", "CLOSE", "CHANGE_RIGHTS"));
    }

    @Test
    void an_admin_of_another_company_gets_404_on_my_users_and_never_lists_them() {
        Invited colleague = UserApi.inviteLyonViewer();
        String other = TestTokens.otherCompanyEmployer();

        api(other).get("/api/v1/users/" + colleague.id()).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        api(other).get("/api/v1/users/" + EMPLOYER_ACCOUNT).then().statusCode(404);
        api(other).queryParam("establishmentId", TestStack.LYON).get("/api/v1/users").then().statusCode(404);
        api(other).get("/api/v1/users").then().statusCode(200)
                .body("items.loginEmail", not(hasItem(colleague.email())))
                .body("items.loginEmail", not(hasItem(TestStack.EMPLOYER_EMAIL)));
        api(other).contentType("application/json").body(Map.of("rights", List.of("ADMIN")))
                .put("/api/v1/users/" + colleague.id() + "/rights/" + NANTES).then().statusCode(404);
        api(other).contentType("application/json").body(Map.of("reason", "Intrusion"))
                .post("/api/v1/users/" + colleague.id() + "/suspend").then().statusCode(404);
        api(other).contentType("application/json").body(Map.of("reason", "Intrusion"))
                .post("/api/v1/users/" + colleague.id() + "/close").then().statusCode(404);
        api(other).post("/api/v1/users/" + colleague.id() + "/reinstate").then().statusCode(404);
        api(other).contentType("application/json").body(Map.of("establishmentId", NANTES))
                .post("/api/v1/users/" + colleague.id() + "/admin-handover").then().statusCode(404);
        api(other).get("/api/v1/establishments/" + TestStack.LYON + "/users").then().statusCode(404);
        api(TestTokens.otherCompanyEmployer()).contentType("application/json")
                .body(Map.of("email", UserApi.freshEmail("spy"), "lastName", "Espion", "firstName", "Paul", "inImageOf", colleague.id()))
                .post("/api/v1/users").then().statusCode(404);
    }

    @Test
    void roles_and_tokens_keep_everyone_else_out() {
        api().get("/api/v1/users").then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
        api(TestTokens.trainingBody()).get("/api/v1/users").then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        api(TestTokens.trainingBody()).get("/api/v1/users/" + EMPLOYER_ACCOUNT).then().statusCode(403);
        api().get("/api/v1/establishments/" + TestStack.LYON + "/users").then().statusCode(401);
    }

    @Test
    void a_colleague_in_the_image_of_another_gets_the_same_links_and_rights() {
        Invited model = UserApi.invite(TestStack.GRENOBLE, "MANAGE_INVOICES", "VIEW_REPORTING");
        String email = UserApi.freshEmail("copie");

        api(TestTokens.employer()).contentType("application/json")
                .body(Map.of("email", email, "lastName", "Copie", "firstName", "Camille", "inImageOf", model.id()))
                .post("/api/v1/users")
                .then().statusCode(201)
                .body("establishments.name", contains("Démo Industrie – Grenoble"))
                .body("establishments[0].rights", contains("MANAGE_INVOICES", "VIEW_REPORTING"));
        assertThat(KeycloakUsers.byEmail(email)).isPresent();
    }

    @Test
    void rights_are_set_per_establishment_with_if_match_and_an_empty_list_removes_the_link() {
        Invited colleague = UserApi.inviteLyonViewer();

        api(TestTokens.employer()).contentType("application/json").header("If-Match", "\"0\"")
                .body(Map.of("rights", List.of("MANAGE_DOSSIERS", "VIEW_DOSSIERS")))
                .put("/api/v1/users/" + colleague.id() + "/rights/" + TestStack.GRENOBLE)
                .then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("establishments.name", contains("Démo Industrie – Grenoble", "Démo Industrie – Lyon"));
        api(TestTokens.employer()).contentType("application/json").header("If-Match", "\"0\"")
                .body(Map.of("rights", List.of()))
                .put("/api/v1/users/" + colleague.id() + "/rights/" + TestStack.LYON)
                .then().statusCode(412).body("code", equalTo("PRECONDITION_FAILED"));
        api(TestTokens.employer()).contentType("application/json").header("If-Match", "\"1\"")
                .body(Map.of("rights", List.of()))
                .put("/api/v1/users/" + colleague.id() + "/rights/" + TestStack.LYON)
                .then().statusCode(200)
                .body("establishments.name", contains("Démo Industrie – Grenoble"));
    }

    @Test
    void suspending_disables_the_keycloak_user_reinstating_enables_it_and_closing_disables_it_for_good() {
        Invited colleague = UserApi.inviteLyonViewer();
        String subject = KeycloakUsers.subjectOf(colleague.email());
        String token = colleague.token();
        api(token).get("/api/v1/users/" + colleague.id()).then().statusCode(200);

        api(TestTokens.employer()).contentType("application/json").body(Map.of("reason", "Congé parental"))
                .post("/api/v1/users/" + colleague.id() + "/suspend")
                .then().statusCode(200).body("status", equalTo("SUSPENDED")).body("allowedActions", hasItem("REACTIVATE"));
        assertThat(KeycloakUsers.enabled(subject)).isFalse();
        api(token).get("/api/v1/users/" + colleague.id()).then().statusCode(403).body("code", equalTo("ACCOUNT_NOT_ACTIVE"));

        api(TestTokens.employer()).post("/api/v1/users/" + colleague.id() + "/reinstate")
                .then().statusCode(200).body("status", equalTo("ACTIVE"));
        assertThat(KeycloakUsers.enabled(subject)).isTrue();

        api(TestTokens.employer()).contentType("application/json").body(Map.of("reason", "Départ de l’entreprise"))
                .post("/api/v1/users/" + colleague.id() + "/close")
                .then().statusCode(200).body("status", equalTo("CLOSED")).body("allowedActions", empty());
        assertThat(KeycloakUsers.enabled(subject)).isFalse();
        assertThat(KeycloakUsers.byEmail(colleague.email())).as("closed means disabled, never deleted").isPresent();
    }

    @Test
    void nobody_grants_themselves_rights_nor_sets_their_own_account_state() {
        Invited viewer = UserApi.inviteLyonViewer();

        api(viewer.token()).contentType("application/json").body(Map.of("rights", List.of("ADMIN")))
                .put("/api/v1/users/" + viewer.id() + "/rights/" + TestStack.LYON)
                .then().statusCode(403).body("code", equalTo("ACCOUNT_ACTION_FORBIDDEN"));
        api(TestTokens.employer()).contentType("application/json").body(Map.of("rights", List.of("ADMIN")))
                .put("/api/v1/users/" + EMPLOYER_ACCOUNT + "/rights/" + NANTES)
                .then().statusCode(404);
        api(TestTokens.employer()).contentType("application/json").body(Map.of("rights", List.of("VIEW_DOSSIERS")))
                .put("/api/v1/users/" + EMPLOYER_ACCOUNT + "/rights/" + TestStack.LYON)
                .then().statusCode(403).body("code", equalTo("ACCOUNT_ACTION_FORBIDDEN"));
        api(TestTokens.employer()).contentType("application/json").body(Map.of("reason", "Vacances"))
                .post("/api/v1/users/" + EMPLOYER_ACCOUNT + "/suspend")
                .then().statusCode(403).body("code", equalTo("ACCOUNT_ACTION_FORBIDDEN"));
        api(viewer.token()).get("/api/v1/users/" + viewer.id())
                .then().statusCode(200)
                .body("establishments[0].rights", contains("VIEW_DOSSIERS"))
                .body("allowedActions", not(hasItem("CHANGE_RIGHTS")));
    }

    @Test
    void the_last_admin_of_an_establishment_cannot_remove_themselves_nor_be_suspended_or_closed() {
        api(TestTokens.otherCompanyEmployer()).contentType("application/json").body(Map.of("establishmentId", NANTES))
                .post("/api/v1/users/" + EMPLOYEUR2_ACCOUNT + "/give-up-admin")
                .then().statusCode(409)
                .body("code", equalTo("LAST_ADMIN"))
                .body("detail", containsString("donnez d’abord le droit ADMIN"));
        api(TestTokens.staff()).contentType("application/json").body(Map.of("reason", "Départ"))
                .post("/api/v1/users/" + EMPLOYEUR2_ACCOUNT + "/suspend")
                .then().statusCode(409).body("code", equalTo("LAST_ADMIN"));
        api(TestTokens.staff()).contentType("application/json").body(Map.of("reason", "Départ"))
                .post("/api/v1/users/" + EMPLOYEUR2_ACCOUNT + "/close")
                .then().statusCode(409).body("code", equalTo("LAST_ADMIN"));
        api(TestTokens.staff()).contentType("application/json").body(Map.of("rights", List.of("VIEW_DOSSIERS")))
                .put("/api/v1/users/" + EMPLOYEUR2_ACCOUNT + "/rights/" + NANTES)
                .then().statusCode(409).body("code", equalTo("LAST_ADMIN"));
        api(TestTokens.otherCompanyEmployer()).get("/api/v1/users/" + EMPLOYEUR2_ACCOUNT)
                .then().statusCode(200).body("status", equalTo("ACTIVE")).body("establishments[0].rights", hasItem("ADMIN"));
    }

    @Test
    void an_admin_hands_admin_over_and_keeps_their_other_rights() {
        Invited giver = UserApi.invite(TestStack.GRENOBLE, "ADMIN");
        Invited receiver = UserApi.invite(TestStack.GRENOBLE, "VIEW_DOSSIERS");

        api(giver.token()).contentType("application/json").header("If-Match", "\"0\"")
                .body(Map.of("establishmentId", TestStack.GRENOBLE))
                .post("/api/v1/users/" + receiver.id() + "/admin-handover")
                .then().statusCode(200)
                .body("establishments[0].rights", contains("ADMIN", "VIEW_DOSSIERS"));
        api(giver.token()).get("/api/v1/users/" + giver.id())
                .then().statusCode(200)
                .body("establishments[0].rights", not(hasItem("ADMIN")))
                .body("establishments[0].rights", hasItem("MANAGE_DOSSIERS"));
        api(receiver.token()).get("/api/v1/users/" + giver.id()).then().statusCode(200).body("allowedActions", hasItem("SUSPEND"));
    }

    @Test
    void the_users_of_an_establishment_are_read_by_anyone_linked_to_it() {
        Invited viewer = UserApi.inviteLyonViewer();

        api(viewer.token()).get("/api/v1/establishments/" + TestStack.LYON + "/users")
                .then().statusCode(200)
                .body("items.loginEmail", hasItem(TestStack.EMPLOYER_EMAIL))
                .body("items.loginEmail", hasItem(viewer.email()))
                .body("items.establishments.flatten().name", not(hasItem("Démo Industrie – Grenoble")));
        api(viewer.token()).get("/api/v1/establishments/" + TestStack.GRENOBLE + "/users").then().statusCode(404);
        api(TestTokens.staff()).get("/api/v1/establishments/" + NANTES + "/users")
                .then().statusCode(200).body("items.loginEmail", contains("employeur2@demo.passerelle.fr"));
    }

    @Test
    void staff_may_act_on_any_account() {
        api(TestTokens.staff()).get("/api/v1/users/" + ORGANISME_ACCOUNT)
                .then().statusCode(200).body("allowedActions", hasItem("SUSPEND"));
    }
}
