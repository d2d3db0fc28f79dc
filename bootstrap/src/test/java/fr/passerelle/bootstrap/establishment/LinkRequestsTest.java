package fr.passerelle.bootstrap.establishment;

import fr.passerelle.bootstrap.support.TestStack;
import fr.passerelle.bootstrap.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static fr.passerelle.bootstrap.establishment.EstablishmentApi.SAINT_NAZAIRE;
import static fr.passerelle.bootstrap.establishment.EstablishmentApi.SAINT_NAZAIRE_SIRET;
import static fr.passerelle.bootstrap.establishment.EstablishmentApi.get;
import static fr.passerelle.bootstrap.support.ContractValidation.api;
import static fr.passerelle.bootstrap.support.ContractValidation.malformedRequest;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Link requests over HTTP: filing by SIRET, staff's queue, approval that links the account, rejection with a reason. */
@QuarkusTest
class LinkRequestsTest {

    @Test
    void an_approved_request_links_the_account_with_the_rights_staff_chose() {
        String requester = TestTokens.otherCompanyEmployer();
        String id = api(requester).contentType("application/json")
                .body(Map.of("siret", "908 765 431 00022", "message", "Je gère aussi le site de Saint-Nazaire."))
                .post("/api/v1/link-requests")
                .then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("status", equalTo("PENDING"))
                .body("establishment.id", equalTo(SAINT_NAZAIRE))
                .body("requesterEmail", equalTo("employeur2@demo.passerelle.fr"))
                .extract().path("id");
        api(requester).contentType("application/json").body(Map.of("siret", SAINT_NAZAIRE_SIRET)).post("/api/v1/link-requests")
                .then().statusCode(409).body("code", equalTo("LINK_REQUEST_ALREADY_PENDING"));
        api(requester).get("/api/v1/link-requests").then().statusCode(200).body("items.id", hasItem(id));
        api(TestTokens.staff()).queryParam("limit", 200).get("/api/v1/staff/link-requests").then().statusCode(200)
                .body("items.id", hasItem(id));
        get(requester, SAINT_NAZAIRE).then().statusCode(404);

        api(TestTokens.staff()).contentType("application/json").header("If-Match", "\"0\"")
                .body(Map.of("rights", List.of("VIEW_DOSSIERS", "MANAGE_DOSSIERS")))
                .post("/api/v1/staff/link-requests/" + id + "/approve")
                .then().statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("grantedRights", equalTo(List.of("VIEW_DOSSIERS", "MANAGE_DOSSIERS")));

        get(requester, SAINT_NAZAIRE).then().statusCode(200).body("bankDetailsShown", equalTo(false))
                .body("allowedActions", not(hasItem("REQUEST_CHANGE")));
        api(requester).get("/api/v1/me").then().statusCode(200).body("establishments.id", hasItem(SAINT_NAZAIRE));
        api(TestTokens.staff()).queryParam("limit", 200).get("/api/v1/staff/link-requests").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        api(requester).contentType("application/json").body(Map.of("siret", SAINT_NAZAIRE_SIRET)).post("/api/v1/link-requests")
                .then().statusCode(409).body("code", equalTo("ALREADY_LINKED"));
        api(TestTokens.staff()).contentType("application/json").body(Map.of("reason", "Trop tard"))
                .post("/api/v1/staff/link-requests/" + id + "/reject").then().statusCode(409);
    }

    @Test
    void a_rejected_request_tells_the_requester_why_and_links_nothing() {
        String requester = TestTokens.employer();
        String id = api(requester).contentType("application/json").body(Map.of("siret", SAINT_NAZAIRE_SIRET))
                .post("/api/v1/link-requests").then().statusCode(201).extract().path("id");

        api(TestTokens.staff()).contentType("application/json").body(Map.of("reason", "Ce site n’appartient pas à votre entreprise."))
                .post("/api/v1/staff/link-requests/" + id + "/reject").then().statusCode(200).body("status", equalTo("REJECTED"));

        api(requester).get("/api/v1/link-requests").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.decisionReason", equalTo("Ce site n’appartient pas à votre entreprise."));
        get(requester, SAINT_NAZAIRE).then().statusCode(404);
    }

    @Test
    void an_unknown_or_malformed_siret_gets_a_french_answer_that_says_what_to_do() {
        api(TestTokens.employer()).contentType("application/json").body(Map.of("siret", "90876543100048")).post("/api/v1/link-requests")
                .then().statusCode(422)
                .body("code", equalTo("UNKNOWN_SIRET"))
                .body("detail", containsString("doit d’abord adhérer à l’OPCO"));
        api(TestTokens.employer()).contentType("application/json").body(Map.of("siret", "1234")).post("/api/v1/link-requests")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("siret"))
                .body("errors[0].code", equalTo("INVALID_SIRET"));
        api(TestTokens.employer()).contentType("application/json").body(Map.of("siret", "81234567600009")).post("/api/v1/link-requests")
                .then().statusCode(409).body("code", equalTo("ALREADY_LINKED"));
    }

    @Test
    void only_staff_decide_and_only_employers_ask() {
        String id = api(TestTokens.otherCompanyEmployer()).get("/api/v1/link-requests").path("items[0].id");
        String anyRequest = id == null ? "00000000-0000-4000-8000-000000000000" : id;
        api(TestTokens.employer()).contentType("application/json").body(Map.of("rights", List.of("ADMIN")))
                .post("/api/v1/staff/link-requests/" + anyRequest + "/approve").then().statusCode(403);
        api(TestTokens.employer()).get("/api/v1/staff/link-requests").then().statusCode(403);
        api(TestTokens.staff()).contentType("application/json").body(Map.of("siret", SAINT_NAZAIRE_SIRET)).post("/api/v1/link-requests")
                .then().statusCode(403);
        api(TestTokens.staff()).contentType("application/json").body(Map.of("rights", List.of("ADMIN")))
                .post("/api/v1/staff/link-requests/00000000-0000-4000-8000-000000000000/approve").then().statusCode(404);
        api().get("/api/v1/link-requests").then().statusCode(401);
    }

    @Test
    void approving_needs_at_least_one_right() {
        String id = api(TestTokens.employer()).contentType("application/json").body(Map.of("siret", "90876543100006"))
                .post("/api/v1/link-requests").then().statusCode(201).extract().path("id");
        malformedRequest(TestTokens.staff()).contentType("application/json").body(Map.of("rights", List.of()))
                .post("/api/v1/staff/link-requests/" + id + "/approve").then().statusCode(422).body("code", equalTo("RIGHTS_REQUIRED"));
        api(TestTokens.staff()).contentType("application/json").body(Map.of("reason", "Demande de test"))
                .post("/api/v1/staff/link-requests/" + id + "/reject").then().statusCode(200);
        get(TestTokens.employer(), TestStack.LYON).then().statusCode(200);
    }
}
