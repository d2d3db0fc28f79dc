package fr.passerelle.bootstrap.dossier;

import fr.passerelle.bootstrap.support.TestStack;
import fr.passerelle.bootstrap.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static fr.passerelle.bootstrap.dossier.DossierApi.command;
import static fr.passerelle.bootstrap.support.ContractValidation.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class DossierLifecycleTest {


    @Test
    void a_dossier_goes_from_draft_to_granted_and_keeps_its_history() {
        String key = UUID.randomUUID().toString();
        Response created = api(TestTokens.employer()).header("Idempotency-Key", key).contentType("application/json")
                .body(Map.of("establishmentId", TestStack.LYON, "scheme", "PLAN")).post("/api/v1/dossiers");
        created.then().statusCode(201).header("ETag", "\"0\"").body("status", equalTo("DRAFT"))
                .body("allowedActions", hasItems("SAVE_DRAFT", "SUBMIT", "DELETE_DRAFT"));
        String number = created.path("number");
        assertThat(created.header("Location")).endsWith("/api/v1/dossiers/" + number);
        api(TestTokens.employer()).header("Idempotency-Key", key).contentType("application/json")
                .body(Map.of("establishmentId", TestStack.LYON, "scheme", "PLAN")).post("/api/v1/dossiers")
                .then().statusCode(201).body("number", equalTo(number));

        api(TestTokens.employer()).header("If-Match", "\"0\"").contentType("application/json")
                .body(Map.of("training", Map.of("title", "Soudure TIG"))).put("/api/v1/dossiers/" + number)
                .then().statusCode(200).header("ETag", "\"1\"").body("content.training.title", equalTo("Soudure TIG"));

        command(TestTokens.employer(), number, "submit", null).then().statusCode(422)
                .body("code", equalTo("DOSSIER_INVALID"))
                .body("errors.field", hasItems("content.training.startDate", "content.trainees", "content.amountRequested"));

        api(TestTokens.employer()).header("If-Match", "\"1\"").contentType("application/json")
                .body(DossierApi.completeContent("Soudure TIG")).put("/api/v1/dossiers/" + number).then().statusCode(200);
        command(TestTokens.employer(), number, "submit", null).then().statusCode(200).body("status", equalTo("SUBMITTED"))
                .body("allowedActions", containsInAnyOrder("UNLOCK", "CANCEL", "ATTACH_DOCUMENT"));
        command(TestTokens.employer(), number, "unlock", null).then().statusCode(200).body("status", equalTo("DRAFT"));
        command(TestTokens.employer(), number, "submit", null).then().statusCode(200);

        api(TestTokens.staff()).get("/api/v1/dossiers/" + number).then().statusCode(200)
                .body("allowedActions", containsInAnyOrder("TAKE_INTO_REVIEW", "ATTACH_DOCUMENT"));
        command(TestTokens.staff(), number, "review", null).then().statusCode(200).body("status", equalTo("IN_REVIEW"));
        command(TestTokens.staff(), number, "request-documents", DossierApi.documentRequest()).then().statusCode(200)
                .body("status", equalTo("AWAITING_DOCUMENTS")).body("documentRequest.types", contains("QUOTE"));
        command(TestTokens.employer(), number, "hand-back", null).then().statusCode(409)
                .body("code", equalTo("REQUESTED_DOCUMENTS_MISSING"));
        command(TestTokens.employer(), number, "modification-requests", Map.of("message", "Changer les dates")).then()
                .statusCode(200).body("pendingRequest.kind", equalTo("MODIFICATION"));
        command(TestTokens.staff(), number, "pending-request/accept", null).then().statusCode(200).body("status", equalTo("DRAFT"));
        command(TestTokens.employer(), number, "submit", null).then().statusCode(200);
        command(TestTokens.staff(), number, "review", null).then().statusCode(200);

        command(TestTokens.staff(), number, "grant", Map.of("amount", "2500.01")).then().statusCode(422)
                .body("code", equalTo("GRANT_EXCEEDS_REQUEST"));
        command(TestTokens.staff(), number, "grant", Map.of("amount", "2400.00")).then().statusCode(200)
                .body("status", equalTo("GRANTED")).body("grantedAmount", equalTo("2400.00"));

        api(TestTokens.employer()).get("/api/v1/dossiers/" + number).then().statusCode(200)
                .body("status", equalTo("GRANTED")).body("grantedAmount", equalTo("2400.00"))
                .body("allowedActions", hasItem("REQUEST_CANCELLATION"));
        api(TestTokens.employer()).get("/api/v1/dossiers/" + number + "/history").then().statusCode(200)
                .body("to", contains("DRAFT", "DRAFT", "SUBMITTED", "DRAFT", "SUBMITTED", "IN_REVIEW", "AWAITING_DOCUMENTS",
                        "AWAITING_DOCUMENTS", "DRAFT", "SUBMITTED", "IN_REVIEW", "GRANTED", "GRANTED"))
                .body("action[-1]", equalTo("ATTACH_DOCUMENT"))
                .body("by", hasItems(TestStack.EMPLOYER_NAME, "Gabriel Lefèvre"))
                .body("find { it.action == 'REQUEST_MODIFICATION' }.reason", equalTo("Changer les dates"));
    }

    @Test
    void staff_refuse_with_a_reason() {
        String number = DossierApi.inReview();

        command(TestTokens.staff(), number, "refuse", Map.of("reason", "Hors critères")).then().statusCode(200)
                .body("status", equalTo("REFUSED")).body("refusalReason", equalTo("Hors critères"));
        command(TestTokens.staff(), number, "refuse", Map.of("reason", " ")).then().statusCode(409)
                .body("code", equalTo("DOSSIER_TRANSITION_NOT_ALLOWED"));
    }

    @Test
    void a_submitted_dossier_is_cancelled_outright_and_a_later_one_on_request() {
        String submitted = DossierApi.submitted();
        command(TestTokens.employer(), submitted, "cancel", Map.of("reason", "Formation reportée")).then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("allowedActions", org.hamcrest.Matchers.empty());

        String reviewed = DossierApi.withPendingCancellation();
        command(TestTokens.employer(), reviewed, "cancel", Map.of("reason", "x")).then().statusCode(409);
        api(TestTokens.staff()).get("/api/v1/dossiers/" + reviewed).then()
                .body("allowedActions", hasItems("ACCEPT_CANCELLATION", "DECLINE_REQUEST"));
        command(TestTokens.staff(), reviewed, "pending-request/accept", null).then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("pendingRequest", nullValue());
    }

    @Test
    void a_declined_request_leaves_the_dossier_in_review() {
        String number = DossierApi.withPendingCancellation();

        command(TestTokens.staff(), number, "pending-request/decline", Map.of("reason", "Déjà engagé")).then().statusCode(200)
                .body("status", equalTo("IN_REVIEW")).body("pendingRequest", nullValue());
    }

    @Test
    void a_draft_is_deleted_and_a_submitted_dossier_is_not_editable() {
        String draft = DossierApi.draft();
        api(TestTokens.employer()).delete("/api/v1/dossiers/" + draft).then().statusCode(204);
        api(TestTokens.employer()).get("/api/v1/dossiers/" + draft).then().statusCode(404).body("code", equalTo("NOT_FOUND"));

        String submitted = DossierApi.submitted();
        api(TestTokens.employer()).contentType("application/json").body(Map.of()).put("/api/v1/dossiers/" + submitted)
                .then().statusCode(409).body("code", equalTo("DOSSIER_NOT_EDITABLE"));
        api(TestTokens.employer()).delete("/api/v1/dossiers/" + submitted).then().statusCode(409).body("code", equalTo("DOSSIER_NOT_DELETABLE"));
    }

    @Test
    void malformed_values_in_a_draft_are_refused_per_field_and_keep_nothing() {
        String number = DossierApi.draft();

        api(TestTokens.employer()).contentType("application/json")
                .body(Map.of("trainingBody", Map.of("siret", "12345678901234", "nda", "123")))
                .put("/api/v1/dossiers/" + number)
                .then().statusCode(422).body("code", equalTo("INVALID_CONTENT"))
                .body("errors.field", containsInAnyOrder("content.trainingBody.siret", "content.trainingBody.nda"));
        api(TestTokens.employer()).get("/api/v1/dossiers/" + number).then().header("ETag", "\"0\"");
    }

    @Test
    void a_stale_if_match_changes_nothing() {
        String number = DossierApi.completeDraft();

        api(TestTokens.employer()).header("If-Match", "\"0\"").contentType("application/json").body(Map.of())
                .put("/api/v1/dossiers/" + number).then().statusCode(412).body("code", equalTo("PRECONDITION_FAILED"));
        api(TestTokens.employer()).header("If-Match", "not-a-tag").post("/api/v1/dossiers/" + number + "/submit")
                .then().statusCode(400).body("code", equalTo("MALFORMED_REQUEST"));
        api(TestTokens.employer()).get("/api/v1/dossiers/" + number).then().body("content.training.title", equalTo("Soudure TIG"));
    }

    @Test
    void two_concurrent_commands_on_one_version_end_with_one_success_and_one_conflict() throws Exception {
        String number = DossierApi.completeDraft();
        String etag = api(TestTokens.employer()).get("/api/v1/dossiers/" + number).header("ETag");
        CountDownLatch start = new CountDownLatch(1);
        Callable<Integer> save = () -> {
            start.await();
            return api(TestTokens.employer()).header("If-Match", etag).contentType("application/json")
                    .body(DossierApi.completeContent("Soudure " + UUID.randomUUID())).put("/api/v1/dossiers/" + number).statusCode();
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> first = pool.submit(save);
            Future<Integer> second = pool.submit(save);
            start.countDown();
            List<Integer> statuses = List.of(first.get(), second.get());

            assertThat(statuses).containsOnlyOnce(200);
            assertThat(statuses).anyMatch(status -> status == 409 || status == 412);
        } finally {
            pool.shutdownNow();
        }
        api(TestTokens.employer()).get("/api/v1/dossiers/" + number).then().header("ETag", "\"2\"");
    }

    @Test
    void lists_filter_page_and_show_each_caller_only_their_dossiers() {
        String title = "Chaudronnerie " + UUID.randomUUID().toString().substring(0, 8);
        String number = DossierApi.draft();
        api(TestTokens.employer()).contentType("application/json").body(DossierApi.completeContent(title)).put("/api/v1/dossiers/" + number);

        api(TestTokens.employer()).queryParam("q", title.toUpperCase()).queryParam("status", "DRAFT")
                .queryParam("startYear", DossierApi.START.getYear()).get("/api/v1/dossiers")
                .then().statusCode(200).body("items.number", contains(number)).body("nextCursor", nullValue());
        api(TestTokens.staff()).queryParam("q", title).get("/api/v1/dossiers").then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
        api(TestTokens.otherCompanyEmployer()).get("/api/v1/dossiers").then().statusCode(200)
                .body("items.establishmentId", not(hasItem(TestStack.LYON)));

        Response firstPage = api(TestTokens.employer()).queryParam("limit", 2).get("/api/v1/dossiers");
        firstPage.then().statusCode(200).body("items.size()", equalTo(2));
        String cursor = firstPage.path("nextCursor");
        List<String> firstNumbers = firstPage.path("items.number");
        api(TestTokens.employer()).queryParam("limit", 2).queryParam("cursor", cursor).get("/api/v1/dossiers").then().statusCode(200)
                .body("items.number", not(hasItems(firstNumbers.toArray(String[]::new))));

        api(TestTokens.employer()).queryParam("cursor", "forged").get("/api/v1/dossiers").then().statusCode(400);
    }

    @Test
    void the_staff_queue_serves_submitted_dossiers_oldest_first() {
        String number = DossierApi.submitted();

        List<String> queue = api(TestTokens.staff()).queryParam("limit", 200).get("/api/v1/staff/dossier-queue")
                .then().statusCode(200).body("items.status", not(hasItem("DRAFT"))).extract().path("items.number");
        assertThat(queue).contains(number);
        assertThat(queue.indexOf("900000003")).isLessThan(queue.indexOf(number));
    }
}
