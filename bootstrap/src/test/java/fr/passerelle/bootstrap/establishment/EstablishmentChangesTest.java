package fr.passerelle.bootstrap.establishment;

import fr.passerelle.bootstrap.support.TestStack;
import fr.passerelle.bootstrap.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static fr.passerelle.bootstrap.establishment.EstablishmentApi.REZE;
import static fr.passerelle.bootstrap.establishment.EstablishmentApi.SAINT_NAZAIRE_SIRET;
import static fr.passerelle.bootstrap.establishment.EstablishmentApi.command;
import static fr.passerelle.bootstrap.establishment.EstablishmentApi.get;
import static fr.passerelle.bootstrap.support.ContractValidation.api;
import static fr.passerelle.bootstrap.support.ContractValidation.malformedRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * "Mes établissements" over HTTP: the lists, the detail, change requests and their staff queue, closing and
 * reopening. Every test leaves Rezé, the establishment it acts on, active with no pending change.
 */
@QuarkusTest
class EstablishmentChangesTest {

    private static final Map<String, Object> NEW_ADDRESS = Map.of("street", "2 place Sémard", "postalCode", "44400", "city", "Rezé");

    @Test
    void an_employer_lists_their_establishments_and_staff_search_every_one() {
        api(TestTokens.employer()).get("/api/v1/establishments").then().statusCode(200)
                .body("items.name", hasItems("Démo Industrie – Grenoble", "Démo Industrie – Lyon"))
                .body("items.name", not(hasItem("Atelier Petit – Nantes")))
                .body("items.closed", not(hasItem(true)));
        api(TestTokens.staff()).queryParam("q", "atelier petit").get("/api/v1/establishments").then().statusCode(200)
                .body("items.name", hasItems("Atelier Petit – Nantes", "Atelier Petit – Saint-Nazaire"))
                .body("items.name", not(hasItem("Démo Industrie – Lyon")));
        api(TestTokens.staff()).queryParam("q", "8123456760000").queryParam("limit", 1).get("/api/v1/establishments").then()
                .statusCode(200).body("items.siret", equalTo(List.of("81234567600009")));
        api(TestTokens.trainingBody()).get("/api/v1/establishments").then().statusCode(403);
    }

    @Test
    void the_detail_shows_address_contacts_bank_accounts_and_what_the_caller_may_do() {
        get(TestTokens.employer(), TestStack.GRENOBLE).then().statusCode(200)
                .header("ETag", equalTo("\"" + get(TestTokens.employer(), TestStack.GRENOBLE).path("version") + "\""))
                .body("siret", equalTo("81234567600017"))
                .body("address.city", equalTo("Grenoble"))
                .body("contacts", equalTo(List.of("accueil.grenoble@demo-industrie.example")))
                .body("bankDetailsShown", equalTo(true))
                .body("bankAccounts.iban", hasItem("FR7630006000011234567890189"))
                .body("allowedActions", hasItems("REQUEST_CHANGE", "ADD_BANK_ACCOUNT", "DEACTIVATE_BANK_ACCOUNT"))
                .body("allowedActions", not(hasItem("CLOSE")));
        get(TestTokens.staff(), TestStack.GRENOBLE).then().statusCode(200)
                .body("allowedActions", hasItems("CLOSE", "VALIDATE_BANK_ACCOUNT", "REJECT_BANK_ACCOUNT"))
                .body("allowedActions", not(hasItem("REQUEST_CHANGE")));
    }

    @Test
    void another_company_never_learns_my_establishments_or_bank_accounts_exist() {
        String other = TestTokens.otherCompanyEmployer();
        get(other, TestStack.LYON).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        get(other, "e0000000-0000-4000-8000-00000000ffff").then().statusCode(404);
        malformedRequest(other).get("/api/v1/establishments/not-a-uuid").then().statusCode(404);
        command(other, TestStack.LYON, "change-requests", Map.of("name", "Pris")).then().statusCode(404);
        EstablishmentApi.proposeBankAccount(other, TestStack.GRENOBLE, EstablishmentApi.VALID_IBAN, "AGRIFRPP882", "rib.pdf",
                EstablishmentApi.PDF, "application/pdf").then().statusCode(404);
        command(other, TestStack.GRENOBLE, "bank-accounts/" + EstablishmentApi.GRENOBLE_ACTIVE_ACCOUNT + "/deactivate", null)
                .then().statusCode(404);
        api(other).get("/api/v1/establishments/" + TestStack.GRENOBLE + "/bank-accounts/" + EstablishmentApi.GRENOBLE_ACTIVE_ACCOUNT
                + "/proof").then().statusCode(404).contentType("application/problem+json");
        get(TestTokens.employer(), REZE).then().statusCode(404);
        api().get("/api/v1/establishments/" + TestStack.LYON).then().statusCode(401);
        command(TestTokens.employer(), TestStack.LYON, "close", Map.of("reason", "Je ferme")).then().statusCode(403);
    }

    @Test
    void a_change_request_locks_the_establishment_until_staff_reject_it_with_a_reason() {
        String manager = TestTokens.otherCompanyEmployer();
        command(manager, REZE, "change-requests", Map.of("name", "Atelier Petit – Rezé Centre", "address", NEW_ADDRESS))
                .then().statusCode(200)
                .body("status", equalTo("CHANGE_PENDING"))
                .body("name", equalTo("Atelier Petit – Rezé"))
                .body("pendingChange.name", equalTo("Atelier Petit – Rezé Centre"))
                .body("pendingChange.address.street", equalTo("2 place Sémard"))
                .body("pendingChange.requestedBy", equalTo("Marc Petit"))
                .body("lockReason", containsString("attend la décision d’un conseiller de l’OPCO"))
                .body("allowedActions", not(hasItem("REQUEST_CHANGE")));
        command(manager, REZE, "change-requests", Map.of("name", "Encore")).then().statusCode(409)
                .body("code", equalTo("ESTABLISHMENT_LOCKED"));
        EstablishmentApi.proposeBankAccount(manager, REZE, EstablishmentApi.VALID_IBAN, "AGRIFRPP882", "rib.pdf",
                EstablishmentApi.PDF, "application/pdf").then().statusCode(409).body("code", equalTo("ESTABLISHMENT_LOCKED"));

        api(TestTokens.staff()).queryParam("limit", 200).get("/api/v1/staff/establishment-changes").then().statusCode(200)
                .body("items.establishment.id", hasItem(REZE));
        command(TestTokens.staff(), REZE, "change-request/reject", Map.of("reason", "Justificatif de déménagement manquant."))
                .then().statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("name", equalTo("Atelier Petit – Rezé"))
                .body("pendingChange", nullValue())
                .body("lockReason", nullValue())
                .body("changeRequests[0].status", equalTo("REJECTED"))
                .body("changeRequests[0].decisionReason", equalTo("Justificatif de déménagement manquant."));
        api(TestTokens.staff()).queryParam("limit", 200).get("/api/v1/staff/establishment-changes").then().statusCode(200)
                .body("items.establishment.id", not(hasItem(REZE)));
    }

    @Test
    void staff_approval_applies_a_new_siret_after_a_move_within_the_company() {
        String manager = TestTokens.otherCompanyEmployer();
        String current = get(manager, REZE).path("siret");
        String moved = current.equals("90876543100014") ? "90876543100030" : "90876543100014";

        command(manager, REZE, "change-requests", Map.of("siret", moved, "address", NEW_ADDRESS)).then().statusCode(200)
                .body("pendingChange.siret", equalTo(moved));
        command(TestTokens.staff(), REZE, "change-request/approve", null).then().statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("siret", equalTo(moved))
                .body("address.street", equalTo("2 place Sémard"))
                .body("changeRequests[0].status", equalTo("APPROVED"));
    }

    @Test
    void a_siret_that_is_malformed_of_another_company_or_already_registered_is_refused_and_nothing_is_locked() {
        String manager = TestTokens.otherCompanyEmployer();
        command(manager, REZE, "change-requests", Map.of("siret", "90876543100015")).then().statusCode(422)
                .body("code", equalTo("INVALID_CONTENT"))
                .body("errors[0].field", equalTo("siret"))
                .body("errors[0].code", equalTo("INVALID_SIRET"));
        malformedRequest(manager).contentType("application/json")
                .body(Map.of("address", Map.of("street", "1 rue", "postalCode", "4440", "city", "Rezé")))
                .post("/api/v1/establishments/" + REZE + "/change-requests")
                .then().statusCode(422).body("errors[0].field", equalTo("address"));
        command(manager, REZE, "change-requests", Map.of("siret", "81234567600033")).then().statusCode(422)
                .body("code", equalTo("SIRET_OF_ANOTHER_COMPANY"));
        command(manager, REZE, "change-requests", Map.of("siret", SAINT_NAZAIRE_SIRET)).then().statusCode(422)
                .body("code", equalTo("SIRET_ALREADY_REGISTERED"))
                .body("detail", containsString("vérifiez le numéro saisi"));
        command(manager, REZE, "change-requests", Map.of()).then().statusCode(422).body("code", equalTo("EMPTY_CHANGE_REQUEST"));
        get(manager, REZE).then().statusCode(200).body("status", equalTo("ACTIVE"));
    }

    @Test
    void a_user_cannot_set_the_status_of_an_establishment_through_a_change_request() {
        String manager = TestTokens.otherCompanyEmployer();
        malformedRequest(manager).contentType("application/json")
                .body(Map.of("name", "Atelier Petit – Rezé", "status", "CLOSED", "version", 99))
                .post("/api/v1/establishments/" + REZE + "/change-requests")
                .then().statusCode(200).body("status", equalTo("CHANGE_PENDING")).body("closed", equalTo(false));
        command(TestTokens.staff(), REZE, "change-request/reject", Map.of("reason", "Le nom est inchangé.")).then().statusCode(200)
                .body("status", equalTo("ACTIVE"));
    }

    @Test
    void staff_close_an_establishment_with_a_reason_and_reopen_it() {
        String manager = TestTokens.otherCompanyEmployer();
        command(TestTokens.staff(), REZE, "close", Map.of("reason", "Cessation d’activité déclarée")).then().statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("closed", equalTo(true))
                .body("lockReason", containsString("motif : Cessation d’activité déclarée"))
                .body("allowedActions", equalTo(List.of("REOPEN")));
        api(manager).get("/api/v1/establishments").then().statusCode(200)
                .body("items.find { it.id == '" + REZE + "' }.closed", equalTo(true));
        command(manager, REZE, "change-requests", Map.of("name", "Rouvrir")).then().statusCode(409)
                .body("code", equalTo("ESTABLISHMENT_TRANSITION_NOT_ALLOWED"));
        command(TestTokens.staff(), REZE, "close", Map.of("reason", "Deux fois")).then().statusCode(409);

        command(TestTokens.staff(), REZE, "reopen", null).then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("closed", equalTo(false)).body("lockReason", nullValue());
    }

    @Test
    void of_two_commands_on_the_same_version_one_wins_and_the_other_is_refused() throws Exception {
        String manager = TestTokens.otherCompanyEmployer();
        String etag = get(manager, REZE).header("ETag");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<Response>> racing = List.of("Atelier Petit – Rezé Nord", "Atelier Petit – Rezé Sud").stream()
                    .map(name -> CompletableFuture.supplyAsync(() -> api(manager).header("If-Match", etag)
                            .contentType("application/json").body(Map.of("name", name))
                            .post("/api/v1/establishments/" + REZE + "/change-requests"), pool))
                    .toList();
            List<Integer> statuses = racing.stream().map(CompletableFuture::join).map(Response::statusCode).sorted().toList();

            assertThat(statuses.get(0)).isEqualTo(200);
            assertThat(statuses.get(1)).isIn(409, 412);
        } finally {
            pool.shutdown();
        }
        api(manager).header("If-Match", etag).contentType("application/json").body(Map.of("name", "Trop tard"))
                .post("/api/v1/establishments/" + REZE + "/change-requests").then().statusCode(412)
                .body("code", equalTo("PRECONDITION_FAILED"));
        command(TestTokens.staff(), REZE, "change-request/reject", Map.of("reason", "Essai")).then().statusCode(200);
    }
}
