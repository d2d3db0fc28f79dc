package fr.passerelle.bootstrap.message;

import fr.passerelle.bootstrap.dossier.DossierApi;
import fr.passerelle.bootstrap.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Map;

import static fr.passerelle.bootstrap.dossier.DossierApi.command;
import static fr.passerelle.bootstrap.support.ContractValidation.api;
import static fr.passerelle.bootstrap.support.ContractValidation.multipartApi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** A grant or a refusal comes with its letter, a document of type LETTER of the dossier, which nobody uploads. */
@QuarkusTest
class DecisionLettersApiTest {

    @Test
    void a_granted_dossier_has_a_letter_whose_download_is_the_pdf_with_its_number_and_amount() throws IOException {
        String number = DossierApi.inReview();

        Response granted = command(TestTokens.staff(), number, "grant", Map.of("amount", "2000.00"));
        granted.then().statusCode(200).body("status", equalTo("GRANTED")).body("documents", hasSize(1))
                .body("documents[0].type", equalTo("LETTER"))
                .body("documents[0].fileName", equalTo("Courrier-accord-" + number + ".pdf"))
                .body("documents[0].contentType", equalTo("application/pdf"));
        String letter = granted.path("documents[0].id");

        Response download = api(TestTokens.employer()).get("/api/v1/dossiers/" + number + "/documents/" + letter);
        download.then().statusCode(200).contentType("application/pdf").header("X-Content-Type-Options", "nosniff");
        String text = textOf(download.asByteArray());
        assertThat(text).contains("Accord de prise en charge", "Dossier : " + number, "Montant accordé : 2 000,00 €",
                "Formation : Soudure TIG", "Démo Industrie – Lyon", "SIRET 81234567600009", "OPCO Passerelle");
    }

    @Test
    void a_refused_dossier_has_a_letter_with_the_reason() throws IOException {
        String number = DossierApi.inReview();

        Response refused = command(TestTokens.staff(), number, "refuse", Map.of("reason", "Formation hors du champ du dispositif."));
        refused.then().statusCode(200).body("documents[0].type", equalTo("LETTER"))
                .body("documents[0].fileName", equalTo("Courrier-refus-" + number + ".pdf"));

        byte[] pdf = api(TestTokens.employer()).get("/api/v1/dossiers/" + number + "/documents/" + refused.path("documents[0].id"))
                .then().statusCode(200).extract().asByteArray();
        assertThat(textOf(pdf)).contains("Refus de prise en charge", "Dossier : " + number,
                "Motif du refus : Formation hors du champ du dispositif.");
    }

    @Test
    void the_demo_dossiers_decided_in_the_demo_data_have_their_letter_dated_the_day_of_the_decision() throws IOException {
        Response granted = api(TestTokens.staff()).get("/api/v1/dossiers/900000007");
        granted.then().statusCode(200).body("documents.find { it.type == 'LETTER' }.fileName", equalTo("Courrier-accord-900000007.pdf"));
        byte[] grantLetter = api(TestTokens.employer())
                .get("/api/v1/dossiers/900000007/documents/" + granted.path("documents.find { it.type == 'LETTER' }.id"))
                .then().statusCode(200).extract().asByteArray();
        assertThat(textOf(grantLetter)).contains("Dossier : 900000007", "Montant accordé : 2 400,00 €", "Le 18 septembre 2026");

        Response refused = api(TestTokens.staff()).get("/api/v1/dossiers/900000008");
        refused.then().statusCode(200).body("documents.find { it.type == 'LETTER' }.fileName", equalTo("Courrier-refus-900000008.pdf"));
    }

    @Test
    void nobody_uploads_a_letter() {
        String number = DossierApi.submitted();

        multipartApi(TestTokens.employer()).multiPart("type", "LETTER")
                .multiPart("file", "courrier.pdf", "%PDF-1.4\n%%EOF\n".getBytes(), "application/pdf")
                .post("/api/v1/dossiers/" + number + "/documents")
                .then().statusCode(422).body("code", equalTo("DOCUMENT_TYPE_RESERVED"));
        api(TestTokens.employer()).get("/api/v1/dossiers/" + number).then().statusCode(200).body("documents", hasSize(0));
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
