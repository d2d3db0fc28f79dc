package fr.passerelle.bootstrap.establishment;

import io.restassured.response.Response;

import java.nio.charset.StandardCharsets;

import static fr.passerelle.bootstrap.support.ContractValidation.api;
import static fr.passerelle.bootstrap.support.ContractValidation.multipartApi;

/** The demo establishments the end-to-end tests act on, and the calls they repeat. */
final class EstablishmentApi {

    /** Atelier Petit – Rezé, managed by employeur2 only: change requests and closing are tried on it. */
    static final String REZE = "e0000000-0000-4000-8000-000000000004";
    /** Atelier Petit – Saint-Nazaire, which nobody manages: users ask to be linked to it. */
    static final String SAINT_NAZAIRE = "e0000000-0000-4000-8000-000000000005";
    static final String SAINT_NAZAIRE_SIRET = "90876543100022";
    /** Grenoble's demo bank accounts: one active, one waiting for staff. */
    static final String GRENOBLE_ACTIVE_ACCOUNT = "ba000000-0000-4000-8000-000000000001";

    static final String VALID_IBAN = "FR76 3000 6000 0112 3456 7890 189";
    static final String OTHER_VALID_IBAN = "DE89370400440532013000";
    static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
            + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    /** The 8-byte PNG signature and an IHDR chunk: enough for the content to read as PNG. */
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
            0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0, (byte) 0x90, 'w', 'S', (byte) 0xde};

    private EstablishmentApi() {
    }

    static Response get(String token, String establishment) {
        return api(token).get("/api/v1/establishments/" + establishment);
    }

    static Response command(String token, String establishment, String command, Object body) {
        var request = api(token);
        if (body != null) {
            request = request.contentType("application/json").body(body);
        }
        return request.post("/api/v1/establishments/" + establishment + "/" + command);
    }

    static Response proposeBankAccount(String token, String establishment, String iban, String bic, String fileName, byte[] file,
                                       String mediaType) {
        return multipartApi(token)
                .multiPart("iban", iban)
                .multiPart("bic", bic)
                .multiPart("holder", "DEMO INDUSTRIE SAS")
                .multiPart("file", fileName, file, mediaType)
                .post("/api/v1/establishments/" + establishment + "/bank-accounts");
    }
}
