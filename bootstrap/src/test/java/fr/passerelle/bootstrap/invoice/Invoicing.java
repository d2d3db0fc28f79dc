package fr.passerelle.bootstrap.invoice;

import fr.passerelle.bootstrap.support.TestTokens;
import io.restassured.response.Response;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static fr.passerelle.bootstrap.support.ContractValidation.api;
import static fr.passerelle.bootstrap.support.ContractValidation.multipartApi;

/** Certificates, invoices and staff's decisions through the API, for the invoicing tests. */
final class Invoicing {

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
            + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};
    /** Dates of training that took place, as certificates of completion come after it. */
    static final LocalDate LAST_YEAR = LocalDate.now().minusYears(1).withDayOfYear(40);
    private static final AtomicInteger NUMBERS = new AtomicInteger();

    private Invoicing() {
    }

    static Response attach(String token, String dossier, String type) {
        return multipartApi(token).multiPart("type", type).multiPart("file", type.toLowerCase() + ".pdf", PDF, "application/pdf")
                .post("/api/v1/dossiers/" + dossier + "/documents");
    }

    /** A dossier granted {@code amount}, its training of last year, with its certificate of completion attached by staff. */
    static String certified(String amount, boolean subrogation) {
        String dossier = Dossiers.granted(LAST_YEAR, amount, subrogation);
        attach(TestTokens.staff(), dossier, "CERTIFICATE_OF_COMPLETION").then().statusCode(200);
        return dossier;
    }

    /** An invoice number no test used yet. */
    static String newNumber() {
        return "T-" + System.nanoTime() % 1_000_000_000L + "-" + NUMBERS.incrementAndGet();
    }

    static Response deposit(String token, String dossier, String amount) {
        return deposit(token, dossier, newNumber(), amount, PDF);
    }

    static Response deposit(String token, String dossier, String number, String amount, byte[] file) {
        var request = token == null ? multipartApi() : multipartApi(token);
        return request.multiPart("number", number).multiPart("invoiceDate", LocalDate.now().toString())
                .multiPart("amount", amount).multiPart("file", "facture.pdf", file, "application/pdf")
                .post("/api/v1/dossiers/" + dossier + "/invoices");
    }

    /** The id of an invoice deposited by the employer (or the training body under subrogation). */
    static String submitted(String token, String dossier, String amount) {
        return deposit(token, dossier, amount).then().statusCode(201).extract().path("id");
    }

    static Response command(String token, String invoice, String command, Object body) {
        var request = token == null ? api() : api(token);
        if (body != null) {
            request = request.contentType("application/json").body(body);
        }
        return request.post("/api/v1/invoices/" + invoice + "/" + command);
    }

    static String validated(String token, String dossier, String amount) {
        String invoice = submitted(token, dossier, amount);
        command(TestTokens.staff(), invoice, "validate", null).then().statusCode(200);
        return invoice;
    }

    static String changesRequested(String token, String dossier, String amount) {
        String invoice = submitted(token, dossier, amount);
        command(TestTokens.staff(), invoice, "request-changes", Map.of("message", "Le montant ne correspond pas")).then().statusCode(200);
        return invoice;
    }
}
