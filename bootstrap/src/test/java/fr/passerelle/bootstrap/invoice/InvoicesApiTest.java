package fr.passerelle.bootstrap.invoice;

import fr.passerelle.bootstrap.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static fr.passerelle.bootstrap.support.ContractValidation.api;
import static fr.passerelle.bootstrap.support.ContractValidation.multipartApi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Invoices over HTTP: the certificate and ceiling rules, subrogation, staff's decisions, the training body's view, races. */
@QuarkusTest
class InvoicesApiTest {

    @Test
    void an_invoice_needs_the_certificate_and_stays_within_the_grant_and_staff_validate_it() {
        String dossier = Dossiers.granted(Invoicing.LAST_YEAR, "1500.00", false);

        Invoicing.deposit(TestTokens.employer(), dossier, "100.00").then().statusCode(422)
                .body("code", equalTo("CERTIFICATE_OF_COMPLETION_MISSING"));
        Invoicing.attach(TestTokens.employer(), dossier, "CERTIFICATE_OF_COMPLETION").then().statusCode(200);
        String number = Invoicing.newNumber();
        String invoice = Invoicing.deposit(TestTokens.employer(), dossier, number, "1000.00", Invoicing.PDF).then().statusCode(201)
                .header("ETag", "\"0\"").header("Location", containsString("/api/v1/invoices/"))
                .body("status", equalTo("SUBMITTED")).body("issuer.kind", equalTo("EMPLOYER"))
                .body("allowedActions", contains("WITHDRAW")).extract().path("id");

        Invoicing.deposit(TestTokens.employer(), dossier, "500.01").then().statusCode(422)
                .body("code", equalTo("INVOICE_EXCEEDS_GRANT")).body("detail", containsString("il reste 500,00"));
        Invoicing.deposit(TestTokens.employer(), dossier, number, "1.00", Invoicing.PDF).then().statusCode(422)
                .body("code", equalTo("DUPLICATE_INVOICE_NUMBER"));
        Invoicing.deposit(TestTokens.employer(), dossier, Invoicing.newNumber(), "1.00", Invoicing.PNG).then().statusCode(415);

        api(TestTokens.staff()).get("/api/v1/invoices?status=SUBMITTED&dossierNumber=" + dossier).then().statusCode(200)
                .body("items.id", contains(invoice));
        Invoicing.command(TestTokens.staff(), invoice, "validate", null).then().statusCode(200)
                .body("status", equalTo("VALIDATED")).header("ETag", "\"1\"");
        api(TestTokens.employer()).get("/api/v1/invoices/" + invoice).then().statusCode(200)
                .body("allowedActions", org.hamcrest.Matchers.empty()).body("history[0].action", equalTo("VALIDATE"));
        Invoicing.command(TestTokens.employer(), invoice, "withdraw", null).then().statusCode(409)
                .body("code", equalTo("INVOICE_TRANSITION_NOT_ALLOWED"));
        api(TestTokens.employer()).get("/api/v1/invoices/" + invoice + "/file").then().statusCode(200)
                .contentType("application/pdf").header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void staff_ask_for_changes_and_the_employer_resubmits_or_staff_reject_with_a_reason() {
        String dossier = Invoicing.certified("2000.00", false);
        String invoice = Invoicing.changesRequested(TestTokens.employer(), dossier, "1200.00");

        api(TestTokens.employer()).get("/api/v1/invoices/" + invoice).then().statusCode(200)
                .body("status", equalTo("CHANGES_REQUESTED")).body("staffComment", equalTo("Le montant ne correspond pas"))
                .body("allowedActions", contains("RESUBMIT"));
        multipartApi(TestTokens.employer()).header("If-Match", "\"0\"").multiPart("amount", "1100.00")
                .post("/api/v1/invoices/" + invoice + "/resubmit").then().statusCode(412);
        multipartApi(TestTokens.employer()).header("If-Match", "\"1\"").multiPart("amount", "1100.00")
                .multiPart("file", "facture-corrigee.pdf", Invoicing.PDF, "application/pdf")
                .post("/api/v1/invoices/" + invoice + "/resubmit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("amount", equalTo("1100.00")).body("fileName", equalTo("facture-corrigee.pdf"));

        Invoicing.command(TestTokens.staff(), invoice, "reject", Map.of("reason", " ")).then().statusCode(422);
        Invoicing.command(TestTokens.staff(), invoice, "reject", Map.of("reason", "Facture en double")).then().statusCode(200)
                .body("status", equalTo("REJECTED")).body("staffComment", equalTo("Facture en double"));
        String other = Invoicing.submitted(TestTokens.employer(), dossier, "2000.00");
        Invoicing.command(TestTokens.employer(), other, "withdraw", null).then().statusCode(200).body("status", equalTo("WITHDRAWN"));
    }

    @Test
    void under_subrogation_the_training_body_deposits_and_the_employer_cannot() {
        String dossier = Invoicing.certified("800.00", true);

        Invoicing.deposit(TestTokens.employer(), dossier, "100.00").then().statusCode(403)
                .body("code", equalTo("INVOICE_ACTION_FORBIDDEN")).body("detail", containsString("organisme de formation"));
        String invoice = Invoicing.deposit(TestTokens.trainingBody(), dossier, "800.00").then().statusCode(201)
                .body("issuer.kind", equalTo("TRAINING_BODY")).body("issuer.siret", equalTo(Dossiers.TRAINING_BODY_SIRET))
                .extract().path("id");

        api(TestTokens.trainingBody()).get("/api/v1/invoices").then().statusCode(200).body("items.id", hasItem(invoice));
        api(TestTokens.employer()).get("/api/v1/invoices").then().statusCode(200).body("items.id", not(hasItem(invoice)));
        api(TestTokens.employer()).get("/api/v1/invoices/" + invoice).then().statusCode(404);
    }

    @Test
    void the_training_body_sees_its_subrogated_dossiers_only_and_attaches_attendance_and_certificate() {
        String subrogated = Dossiers.granted(Invoicing.LAST_YEAR, "300.00", true);
        String notSubrogated = Dossiers.granted(Invoicing.LAST_YEAR, "300.00", false);

        api(TestTokens.trainingBody()).get("/api/v1/dossiers/" + subrogated).then().statusCode(200)
                .body("allowedActions", not(hasItem("REQUEST_CANCELLATION")));
        api(TestTokens.trainingBody()).get("/api/v1/dossiers/" + notSubrogated).then().statusCode(404);
        api(TestTokens.trainingBody()).get("/api/v1/dossiers?limit=200").then().statusCode(200)
                .body("items.number", hasItem(subrogated)).body("items.number", not(hasItem(notSubrogated)));
        Invoicing.attach(TestTokens.trainingBody(), subrogated, "ATTENDANCE").then().statusCode(200);
        Invoicing.attach(TestTokens.trainingBody(), subrogated, "CERTIFICATE_OF_COMPLETION").then().statusCode(200);
        Invoicing.attach(TestTokens.trainingBody(), subrogated, "QUOTE").then().statusCode(403)
                .body("code", equalTo("DOCUMENT_ACTION_FORBIDDEN"));
        Invoicing.attach(TestTokens.trainingBody(), notSubrogated, "ATTENDANCE").then().statusCode(404);
        api(TestTokens.trainingBody()).contentType("application/json").body(Map.of("message", "Annulez"))
                .post("/api/v1/dossiers/" + subrogated + "/cancellation-requests").then().statusCode(403);
    }

    /** Two invoices of 600 race for the last 1000 of a grant: one is taken, the other refused, the books are exact. */
    @Test
    void two_invoices_racing_for_the_rest_of_the_grant_cannot_both_pass() throws Exception {
        String dossier = Invoicing.certified("1000.00", false);
        CountDownLatch ready = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Future<Integer>> deposits = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                deposits.add(threads.submit(() -> {
                    ready.await();
                    return Invoicing.deposit(TestTokens.employer(), dossier, "600.00").statusCode();
                }));
            }
            ready.countDown();
            for (Future<Integer> deposit : deposits) {
                statuses.add(deposit.get(60, TimeUnit.SECONDS));
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(statuses).containsExactlyInAnyOrder(201, 422);
        api(TestTokens.employer()).get("/api/v1/invoices?dossierNumber=" + dossier).then().statusCode(200)
                .body("items.amount", contains("600.00"));
    }
}
