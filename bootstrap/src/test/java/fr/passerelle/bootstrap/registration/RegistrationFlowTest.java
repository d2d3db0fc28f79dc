package fr.passerelle.bootstrap.registration;

import fr.passerelle.bootstrap.support.Mailbox;
import fr.passerelle.bootstrap.support.RealmTokens;
import fr.passerelle.bootstrap.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fr.passerelle.bootstrap.support.ContractValidation.api;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Self-registration end to end: the real Keycloak creates the user and sends the email to the test mail server. */
@QuarkusTest
class RegistrationFlowTest {

    private static final String PASSWORD = "une phrase de passe solide";
    private static final String LYON_SIRET = "81234567600009";
    private static final String GRENOBLE_SIRET = "81234567600017";

    private static Map<String, Object> form(String email, String... sirets) {
        return Map.of("email", email, "firstName", "Léa", "lastName", "Martin", "phone", "06 12 34 56 78",
                "password", PASSWORD, "establishments", List.of(sirets).stream().map(siret -> Map.of("siret", siret)).toList());
    }

    private static Response register(Map<String, Object> form) {
        return api().contentType("application/json").body(form).post("/api/v1/registrations");
    }

    private static String verifiedToken(String email) {
        Mailbox.verifyAsIfTheLinkWereFollowed(email);
        return RealmTokens.passwordGrant(email, PASSWORD);
    }

    @Test
    void a_contact_known_to_the_establishment_is_active_with_the_default_rights_once_the_email_is_verified() {
        register(form(" RH.Lyon@Demo-Industrie.example ", LYON_SIRET)).then()
                .statusCode(201)
                .body("email", equalTo("rh.lyon@demo-industrie.example"))
                .body("status", equalTo("PENDING_VERIFICATION"))
                .body("verificationEmailSent", equalTo(true))
                .body("nextStep", containsString("boîte mail"));

        String token = verifiedToken("rh.lyon@demo-industrie.example");

        api(token).get("/api/v1/me").then()
                .statusCode(200)
                .body("accountStatus", equalTo("ACTIVE"))
                .body("establishments.name", contains("Démo Industrie – Lyon"))
                .body("establishments[0].rights", containsInAnyOrder("MANAGE_DOSSIERS", "MANAGE_INVOICES", "VIEW_DOSSIERS"));
        api(token).get("/api/v1/dossiers").then().statusCode(200);
    }

    @Test
    void a_stranger_waits_for_staff_sees_only_their_status_then_works_once_approved_with_the_rights_staff_chose() {
        String email = "nouvelle-" + UUID.randomUUID() + "@exemple.fr";
        register(form(email, LYON_SIRET, GRENOBLE_SIRET)).then().statusCode(201);
        String token = verifiedToken(email);

        api(token).get("/api/v1/me").then().statusCode(200)
                .body("accountStatus", equalTo("PENDING_APPROVAL"))
                .body("establishments", empty());
        api(token).get("/api/v1/dossiers").then().statusCode(403).body("code", equalTo("ACCOUNT_NOT_ACTIVE"));

        Response queue = api(TestTokens.staff()).get("/api/v1/staff/account-requests?limit=200");
        queue.then().statusCode(200).body("items.email", hasItem(email));
        Map<String, Object> request = queue.jsonPath().getMap("items.find { it.email == '" + email + "' }");
        String accountId = (String) request.get("accountId");
        List<Map<String, Object>> establishments = queue.jsonPath().getList("items.find { it.email == '" + email + "' }.establishments");
        String grenobleId = establishments.stream().filter(e -> e.get("siret").equals(GRENOBLE_SIRET)).findFirst().orElseThrow().get("id").toString();
        String lyonId = establishments.stream().filter(e -> e.get("siret").equals(LYON_SIRET)).findFirst().orElseThrow().get("id").toString();

        api(TestTokens.staff()).contentType("application/json").header("If-Match", "\"" + request.get("version") + "\"")
                .body(Map.of("establishments", List.of(Map.of("establishmentId", lyonId, "rights", List.of()),
                        Map.of("establishmentId", grenobleId, "rights", List.of()))))
                .post("/api/v1/staff/account-requests/" + accountId + "/approve")
                .then().statusCode(422).body("code", equalTo("RIGHTS_REQUIRED"));
        api(TestTokens.staff()).contentType("application/json").header("If-Match", "\"0\"")
                .body(Map.of("establishments", List.of(Map.of("establishmentId", grenobleId, "rights", List.of("VIEW_DOSSIERS")))))
                .post("/api/v1/staff/account-requests/" + accountId + "/approve")
                .then().statusCode(412).body("code", equalTo("PRECONDITION_FAILED"));
        api(TestTokens.staff()).contentType("application/json").header("If-Match", "\"" + request.get("version") + "\"")
                .body(Map.of("establishments", List.of(Map.of("establishmentId", grenobleId, "rights", List.of("VIEW_DOSSIERS", "MANAGE_DOSSIERS")))))
                .post("/api/v1/staff/account-requests/" + accountId + "/approve")
                .then().statusCode(200)
                .header("ETag", not(equalTo("\"" + request.get("version") + "\"")))
                .body("status", equalTo("ACTIVE"));

        api(token).get("/api/v1/me").then().statusCode(200)
                .body("accountStatus", equalTo("ACTIVE"))
                .body("establishments.name", contains("Démo Industrie – Grenoble"))
                .body("establishments[0].rights", containsInAnyOrder("MANAGE_DOSSIERS", "VIEW_DOSSIERS"));
        api(token).get("/api/v1/dossiers").then().statusCode(200);
        api(TestTokens.staff()).contentType("application/json").body(Map.of("reason", "Trop tard"))
                .post("/api/v1/staff/account-requests/" + accountId + "/reject")
                .then().statusCode(409).body("code", equalTo("ACCOUNT_TRANSITION_NOT_ALLOWED"));
    }

    @Test
    void staff_reject_with_a_reason_that_the_requester_reads_on_their_status() {
        String email = "refusee-" + UUID.randomUUID() + "@exemple.fr";
        String accountId = register(form(email, GRENOBLE_SIRET)).then().statusCode(201).extract().path("accountId");
        String token = verifiedToken(email);
        api(token).get("/api/v1/me").then().statusCode(200).body("accountStatus", equalTo("PENDING_APPROVAL"));

        api(TestTokens.staff()).contentType("application/json").body(Map.of("reason", " "))
                .post("/api/v1/staff/account-requests/" + accountId + "/reject")
                .then().statusCode(422).body("errors[0].field", equalTo("reason"));
        api(TestTokens.staff()).contentType("application/json").body(Map.of("reason", "Personne inconnue de l’établissement."))
                .post("/api/v1/staff/account-requests/" + accountId + "/reject")
                .then().statusCode(200).body("status", equalTo("REJECTED"));

        api(token).get("/api/v1/me").then().statusCode(200)
                .body("accountStatus", equalTo("REJECTED"))
                .body("statusReason", equalTo("Personne inconnue de l’établissement."));
        api(token).get("/api/v1/dossiers").then().statusCode(403).body("code", equalTo("ACCOUNT_NOT_ACTIVE"));
    }

    @Test
    void before_the_verification_the_account_waits_for_it_and_keycloak_refuses_the_login() {
        String email = "pas-encore-" + UUID.randomUUID() + "@exemple.fr";
        register(form(email, LYON_SIRET)).then().statusCode(201);

        given().formParam("grant_type", "password").formParam("client_id", "passerelle-cli")
                .formParam("username", email).formParam("password", PASSWORD)
                .post(fr.passerelle.bootstrap.support.TestStack.ISSUER + "/protocol/openid-connect/token")
                .then().statusCode(400).body("error_description", containsString("not fully set up"));
    }

    @Test
    void an_email_already_used_gets_409_with_what_to_do_whatever_its_case_and_spaces() {
        register(form("  Employeur@Demo.Passerelle.fr", LYON_SIRET)).then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("EMAIL_ALREADY_REGISTERED"))
                .body("detail", containsString("Mot de passe oublié"));
    }

    @Test
    void every_problem_of_the_form_comes_at_once_in_french() {
        register(Map.of("email", "pas-une-adresse", "firstName", " ", "lastName", "Martin", "phone", "123",
                "password", "court", "establishments", List.of(Map.of("siret", "81234567600008"), Map.of("siret", "55208131700034"))))
                .then()
                .statusCode(422)
                .body("code", equalTo("REGISTRATION_INVALID"))
                .body("errors.field", contains("email", "firstName", "phone", "password", "establishments[0].siret",
                        "establishments[1].siret"))
                .body("errors.code", contains("INVALID_EMAIL", "NAME_REQUIRED", "INVALID_PHONE", "PASSWORD_TOO_SHORT",
                        "INVALID_SIRET", "UNKNOWN_SIRET"))
                .body("errors[5].message", containsString("adhérer"));
    }

    @Test
    void only_staff_see_the_queue() {
        api(TestTokens.employer()).get("/api/v1/staff/account-requests").then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        api().get("/api/v1/staff/account-requests").then().statusCode(401);
        api(TestTokens.staff()).contentType("application/json").body(Map.of("reason", "x"))
                .post("/api/v1/staff/account-requests/" + UUID.randomUUID() + "/reject")
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
    }
}
