package fr.passerelle.bootstrap.invoice;

import fr.passerelle.bootstrap.support.TestStack;
import fr.passerelle.bootstrap.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static fr.passerelle.bootstrap.support.ContractValidation.UTF8_TEXT;
import static fr.passerelle.bootstrap.support.ContractValidation.api;
import static fr.passerelle.bootstrap.support.ContractValidation.multipartApi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** The whole path over HTTP: a grant, its invoices, staff's validation, the payment and its advice, the closed dossier. */
@QuarkusTest
class GrantToPaymentTest {

    @Test
    void from_grant_to_invoice_to_validation_to_payment_to_closed_with_exact_books() throws Exception {
        int year = 2041;
        Dossiers.legalEnvelope(year, "5000.00");
        String dossier = Dossiers.certifiedInGrenoble(LocalDate.of(year, 2, 2), "3000.00");
        String first = Invoicing.validated(TestTokens.employer(), dossier, "1000.00");
        String second = Invoicing.validated(TestTokens.employer(), dossier, "2000.00");
        assertThat(Dossiers.legalEnvelopeOf(year)).containsEntry("committed", "3000.00").containsEntry("invoiced", "3000.00")
                .containsEntry("paid", "0.00").containsEntry("availableForCommitment", "2000.00")
                .containsEntry("balanceForPayment", "3000.00");

        api(TestTokens.employer()).contentType("application/json").body(Map.of("invoiceIds", List.of(first)))
                .post("/api/v1/payments").then().statusCode(403);
        String payment = api(TestTokens.staff()).contentType("application/json").body(Map.of("invoiceIds", List.of(first, second)))
                .post("/api/v1/payments").then().statusCode(201)
                .body("amount", equalTo("3000.00")).body("payee.kind", equalTo("EMPLOYER"))
                .body("payeeName", equalTo("Démo Industrie – Grenoble")).body("maskedIban", not(containsString("3000600001123456789")))
                .extract().path("id");

        api(TestTokens.employer()).get("/api/v1/invoices/" + first).then().statusCode(200).body("status", equalTo("PAID"))
                .body("paymentId", equalTo(payment));
        api(TestTokens.employer()).get("/api/v1/dossiers/" + dossier).then().statusCode(200).body("status", equalTo("CLOSED"));
        assertThat(Dossiers.legalEnvelopeOf(year)).containsEntry("committed", "3000.00").containsEntry("paid", "3000.00")
                .containsEntry("balanceForPayment", "0.00").containsEntry("availableForCommitment", "2000.00");

        api(TestTokens.employer()).get("/api/v1/payments").then().statusCode(200).body("items[0].id", equalTo(payment))
                .body("items[0].invoiceCount", equalTo(2));
        byte[] advice = api(TestTokens.employer()).get("/api/v1/payments/" + payment + "/remittance-advice").then().statusCode(200)
                .contentType("application/pdf").header("Content-Disposition", containsString("avis-de-paiement-"))
                .extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(advice)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Avis de paiement", "Démo Industrie", dossier, "1 000,00 €",
                    "2 000,00 €", "3 000,00 €");
        }
        api(TestTokens.staff()).contentType("application/json").body(Map.of("invoiceIds", List.of(first)))
                .post("/api/v1/payments").then().statusCode(409).body("code", equalTo("INVOICE_TRANSITION_NOT_ALLOWED"));
    }

    @Test
    void a_payee_without_an_active_bank_account_cannot_be_paid() {
        String lyon = Invoicing.certified("600.00", false);
        String invoice = Invoicing.validated(TestTokens.employer(), lyon, "600.00");

        api(TestTokens.staff()).contentType("application/json").body(Map.of("invoiceIds", List.of(invoice)))
                .post("/api/v1/payments").then().statusCode(422).body("code", equalTo("NO_ACTIVE_BANK_ACCOUNT"))
                .body("detail", containsString("compte bancaire actif"));
        api(TestTokens.employer()).get("/api/v1/invoices/" + invoice).then().statusCode(200).body("status", equalTo("VALIDATED"));
    }

    @Test
    void a_training_body_is_paid_on_the_bank_account_staff_registered_for_it() {
        String dossier = Invoicing.certified("700.00", true);
        String invoice = Invoicing.validated(TestTokens.trainingBody(), dossier, "700.00");
        String siret = Dossiers.TRAINING_BODY_SIRET;

        api(TestTokens.staff()).contentType("application/json")
                .body(Map.of("iban", "FR7630004000031234567890144", "bic", "BNPAFRPP", "holder", "Institut de Formation Rhône-Alpes"))
                .put("/api/v1/staff/training-bodies/" + siret + "/bank-account").then().statusCode(422);
        api(TestTokens.trainingBody()).contentType("application/json")
                .body(Map.of("iban", "BE68539007547034", "bic", "GEBABEBB", "holder", "Institut de Formation Rhône-Alpes"))
                .put("/api/v1/staff/training-bodies/" + siret + "/bank-account").then().statusCode(403);
        api(TestTokens.staff()).contentType("application/json")
                .body(Map.of("iban", "BE68539007547034", "bic", "GEBABEBB", "holder", "Institut de Formation Rhône-Alpes"))
                .put("/api/v1/staff/training-bodies/" + siret + "/bank-account").then().statusCode(200)
                .body("iban", equalTo("BE68539007547034"));
        api(TestTokens.staff()).get("/api/v1/staff/training-bodies/" + siret + "/bank-account").then().statusCode(200);

        String payment = api(TestTokens.staff()).contentType("application/json").body(Map.of("invoiceIds", List.of(invoice)))
                .post("/api/v1/payments").then().statusCode(201).body("payee.kind", equalTo("TRAINING_BODY"))
                .body("payeeName", equalTo("Institut de Formation Rhône-Alpes")).extract().path("id");

        api(TestTokens.trainingBody()).get("/api/v1/payments").then().statusCode(200).body("items.id", hasItem(payment));
        api(TestTokens.trainingBody()).get("/api/v1/payments/" + payment + "/remittance-advice").then().statusCode(200);
        api(TestTokens.employer()).get("/api/v1/payments/" + payment).then().statusCode(404);
        api(TestTokens.trainingBody()).get("/api/v1/dossiers/" + dossier).then().statusCode(200).body("status", equalTo("CLOSED"));
    }

    @Test
    void staff_close_a_balance_and_an_apprenticeship_broken_early_is_terminated_releasing_what_is_not_invoiced() {
        int year = 2042;
        Dossiers.legalEnvelope(year, "4000.00");
        String closing = Dossiers.granted(LocalDate.of(year, 3, 3), "1500.00", false);
        Invoicing.attach(TestTokens.employer(), closing, "CERTIFICATE_OF_COMPLETION").then().statusCode(200);
        Invoicing.submitted(TestTokens.employer(), closing, "500.00");

        api(TestTokens.employer()).post("/api/v1/dossiers/" + closing + "/close-balance").then().statusCode(403);
        api(TestTokens.staff()).post("/api/v1/dossiers/" + closing + "/close-balance").then().statusCode(200)
                .body("status", equalTo("CLOSED"));
        assertThat(Dossiers.legalEnvelopeOf(year)).containsEntry("committed", "500.00").containsEntry("availableForCommitment", "3500.00");

        String plan = Dossiers.granted(LocalDate.of(year, 4, 4), "800.00", false);
        terminate(TestTokens.employer(), plan, LocalDate.of(year, 4, 10)).then().statusCode(409)
                .body("code", equalTo("TERMINATION_NOT_APPLICABLE"));
    }

    private static io.restassured.response.Response terminate(String token, String dossier, LocalDate endDate) {
        return multipartApi(token).multiPart("endDate", endDate.toString()).multiPart("reason", "Rupture à l’initiative de l’apprenti", UTF8_TEXT)
                .multiPart("file", "rupture-signee.pdf", Invoicing.PDF, "application/pdf")
                .post("/api/v1/dossiers/" + dossier + "/terminate");
    }

    @Test
    void an_apprenticeship_contract_broken_early_is_terminated_with_its_signed_form() {
        String number = api(TestTokens.employer()).contentType("application/json")
                .body(Map.of("establishmentId", TestStack.LYON, "scheme", "APPRENTISSAGE"))
                .post("/api/v1/dossiers").then().statusCode(201).extract().path("number");
        LocalDate start = LocalDate.now().plusMonths(1).withDayOfMonth(1);
        api(TestTokens.employer()).contentType("application/json").body(Map.of(
                "training", Map.of("title", "CAP Maintenance", "objectives", "Obtenir le CAP", "startDate", start.toString(),
                        "endDate", start.plusYears(1).toString(), "hours", 800, "modality", "IN_PERSON", "external", true),
                "trainingBody", Map.of("siret", Dossiers.TRAINING_BODY_SIRET, "nda", "11755555575", "name", "Institut de Formation Rhône-Alpes"),
                "trainees", List.of(Map.of("employeeId", "b0000000-0000-4000-8000-000000000004", "category", "WORKER",
                        "contractType", "APPRENTICESHIP")),
                "costs", Map.of("teaching", "6000.00", "related", "0.00", "salaries", "0.00"),
                "amountRequested", "6000.00", "subrogation", true,
                "contract", Map.of("startDate", start.toString(), "endDate", start.plusYears(1).toString(), "tutorName", "Jean Tuteur",
                        "beneficiaryBirthDate", "2005-06-15")))
                .put("/api/v1/dossiers/" + number).then().statusCode(200);
        api(TestTokens.employer()).post("/api/v1/dossiers/" + number + "/submit").then().statusCode(200);
        api(TestTokens.staff()).post("/api/v1/dossiers/" + number + "/review").then().statusCode(200);
        Dossiers.grant(number, "6000.00").then().statusCode(200);

        api(TestTokens.trainingBody()).get("/api/v1/dossiers/" + number).then().statusCode(200)
                .body("allowedActions", hasItem("TERMINATE")).body("termination", nullValue());
        terminate(TestTokens.trainingBody(), number, start.minusDays(1)).then().statusCode(422)
                .body("code", equalTo("TERMINATION_DATE_OUTSIDE_CONTRACT"));
        terminate(TestTokens.otherCompanyEmployer(), number, start.plusMonths(2)).then().statusCode(404);
        terminate(TestTokens.trainingBody(), number, start.plusMonths(2)).then().statusCode(200)
                .body("status", equalTo("TERMINATED")).body("documents.type", hasItem("CERFA"));
        api(TestTokens.employer()).get("/api/v1/dossiers/" + number).then().statusCode(200)
                .body("termination.endDate", equalTo(start.plusMonths(2).toString()))
                .body("termination.reason", equalTo("Rupture à l’initiative de l’apprenti"));
        api(TestTokens.employer()).get("/api/v1/dossiers/" + number + "/history").then().statusCode(200)
                .body("action", hasItem("TERMINATE"));
    }
}
