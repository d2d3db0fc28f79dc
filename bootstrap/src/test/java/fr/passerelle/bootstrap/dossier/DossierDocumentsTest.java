package fr.passerelle.bootstrap.dossier;

import fr.passerelle.bootstrap.support.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static fr.passerelle.bootstrap.dossier.DossierApi.command;
import static fr.passerelle.bootstrap.support.ContractValidation.api;
import static fr.passerelle.bootstrap.support.ContractValidation.multipartApi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** Documents over HTTP: upload, download byte for byte, refusals by content and size, tenancy, the requested-documents flow. */
@QuarkusTest
class DossierDocumentsTest {

    @TestHTTPResource("/")
    URL app;

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
            + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    @Test
    void an_uploaded_pdf_comes_back_byte_for_byte_with_its_checksum() throws Exception {
        String number = DossierApi.draft();

        Response uploaded = upload(TestTokens.employer(), number, "PROGRAMME", "Programme juin 2026.pdf", PDF, null);
        uploaded.then().statusCode(200).header("ETag", "\"1\"")
                .body("documents", hasSize(1))
                .body("documents[0].type", equalTo("PROGRAMME"))
                .body("documents[0].fileName", equalTo("Programme juin 2026.pdf"))
                .body("documents[0].contentType", equalTo("application/pdf"))
                .body("documents[0].size", equalTo(PDF.length))
                .body("documents[0].sha256", equalTo(sha256(PDF)));
        String id = uploaded.path("documents[0].id");

        Response download = api(TestTokens.employer()).get("/api/v1/dossiers/" + number + "/documents/" + id);
        download.then().statusCode(200).contentType("application/pdf").header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "attachment; filename=\"Programme juin 2026.pdf\"; "
                        + "filename*=UTF-8''Programme%20juin%202026.pdf");
        byte[] content = download.asByteArray();
        assertThat(content).isEqualTo(PDF);
        assertThat(sha256(content)).isEqualTo(uploaded.<String>path("documents[0].sha256"));

        api(TestTokens.employer()).get("/api/v1/dossiers/" + number).then().statusCode(200)
                .body("documents[0].sha256", equalTo(sha256(PDF)));
        api(TestTokens.employer()).get("/api/v1/dossiers/" + number + "/history").then().statusCode(200)
                .body("action", hasItem("ATTACH_DOCUMENT"));
    }

    @Test
    void an_executable_or_a_script_named_pdf_is_refused_by_its_content() throws Exception {
        String number = DossierApi.draft();
        byte[] script = "#!/bin/sh\necho pwned\n".getBytes(StandardCharsets.US_ASCII);

        upload(TestTokens.employer(), number, "PROGRAMME", "programme.pdf", script, null).then().statusCode(415)
                .contentType("application/problem+json").body("code", equalTo("UNSUPPORTED_FILE_TYPE"));
        if (Files.isRegularFile(Path.of("/bin/true"))) {
            upload(TestTokens.employer(), number, "PROGRAMME", "programme.pdf", Files.readAllBytes(Path.of("/bin/true")), null)
                    .then().statusCode(415).body("code", equalTo("UNSUPPORTED_FILE_TYPE"));
        }
        api(TestTokens.employer()).get("/api/v1/dossiers/" + number).then().statusCode(200)
                .header("ETag", "\"0\"").body("documents", hasSize(0));
    }

    @Test
    void a_file_over_the_limit_is_refused_and_nothing_is_kept() {
        String number = DossierApi.draft();
        byte[] large = Arrays.copyOf(PDF, 1024 * 1024 + 1);

        upload(TestTokens.employer(), number, "PROGRAMME", "gros.pdf", large, null).then().statusCode(413)
                .contentType("application/problem+json").body("code", equalTo("FILE_TOO_LARGE"));
        api(TestTokens.employer()).get("/api/v1/dossiers/" + number).then().statusCode(200).body("documents", hasSize(0));
    }

    /** Over the HTTP body limit (24 MB): refused on its Content-Length alone, before any of it is read, as a problem. */
    @Test
    void a_body_announced_over_the_http_limit_is_refused_before_it_is_read() throws Exception {
        String number = DossierApi.draft();
        try (Socket socket = new Socket(app.getHost(), app.getPort())) {
            socket.setSoTimeout(30_000);
            String head = "POST /api/v1/dossiers/" + number + "/documents HTTP/1.1\r\n"
                    + "Host: " + app.getHost() + ":" + app.getPort() + "\r\n"
                    + "Authorization: Bearer " + TestTokens.employer() + "\r\n"
                    + "Content-Type: multipart/form-data; boundary=limite\r\n"
                    + "Content-Length: " + 25L * 1024 * 1024 + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();

            String response = readResponse(socket);

            assertThat(response).startsWith("HTTP/1.1 413").contains("application/problem+json", "\"code\":\"FILE_TOO_LARGE\"",
                    "Ce fichier dépasse la taille maximale de 1 Mo.");
        }
        api(TestTokens.employer()).get("/api/v1/dossiers/" + number).then().statusCode(200).body("documents", hasSize(0));
    }

    /** The status line, the headers and a body of the announced Content-Length, without waiting for the connection to close. */
    private static String readResponse(Socket socket) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder response = new StringBuilder();
        int length = 0;
        for (String line = reader.readLine(); line != null && !line.isEmpty(); line = reader.readLine()) {
            response.append(line).append('\n');
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(line.substring("content-length:".length()).strip());
            }
        }
        StringBuilder body = new StringBuilder();
        while (body.toString().getBytes(StandardCharsets.UTF_8).length < length) {
            body.append((char) reader.read());
        }
        return response.append('\n').append(body).toString();
    }

    @Test
    void another_company_never_learns_the_dossier_or_its_documents_exist() {
        String number = DossierApi.submitted();
        String id = upload(TestTokens.employer(), number, "QUOTE", "devis.pdf", PDF, null).then().statusCode(200)
                .extract().path("documents[0].id");

        upload(TestTokens.otherCompanyEmployer(), number, "QUOTE", "devis.pdf", PDF, null).then().statusCode(404)
                .body("code", equalTo("NOT_FOUND"));
        api(TestTokens.otherCompanyEmployer()).get("/api/v1/dossiers/" + number + "/documents/" + id).then().statusCode(404)
                .body("code", equalTo("NOT_FOUND"));
        upload(TestTokens.trainingBody(), number, "QUOTE", "devis.pdf", PDF, null).then().statusCode(404);
        multipartApi().multiPart("type", "QUOTE").multiPart("file", "devis.pdf", PDF, "application/pdf")
                .post("/api/v1/dossiers/" + number + "/documents").then().statusCode(401);
        api(TestTokens.employer()).get("/api/v1/dossiers/" + number + "/documents/00000000-0000-4000-8000-000000000000")
                .then().statusCode(404);
        api(TestTokens.staff()).get("/api/v1/dossiers/" + number + "/documents/" + id).then().statusCode(200);
    }

    @Test
    void requested_documents_are_uploaded_then_the_dossier_is_handed_back_and_granted() {
        String number = DossierApi.inReview();
        command(TestTokens.staff(), number, "request-documents", Map.of("types", List.of("CERTIFICATE_OF_COMPLETION"),
                "dueDate", LocalDate.now().plusDays(15).toString(), "message", "Le certificat de réalisation, svp"))
                .then().statusCode(200).body("status", equalTo("AWAITING_DOCUMENTS"));
        command(TestTokens.employer(), number, "hand-back", null).then().statusCode(409)
                .body("code", equalTo("REQUESTED_DOCUMENTS_MISSING"));

        Response first = upload(TestTokens.employer(), number, "CERTIFICATE_OF_COMPLETION", "certificat.pdf", PDF, null);
        first.then().statusCode(200).body("status", equalTo("AWAITING_DOCUMENTS"));
        String firstId = first.path("documents[0].id");
        String etag = first.header("ETag");
        byte[] corrected = (new String(PDF, StandardCharsets.US_ASCII) + "%corrigé\n").getBytes(StandardCharsets.ISO_8859_1);
        upload(TestTokens.employer(), number, "CERTIFICATE_OF_COMPLETION", "certificat-v2.pdf", corrected, firstId, "\"0\"")
                .then().statusCode(412).body("code", equalTo("PRECONDITION_FAILED"));
        Response second = upload(TestTokens.employer(), number, "CERTIFICATE_OF_COMPLETION", "certificat-v2.pdf", corrected, firstId, etag);
        second.then().statusCode(200).body("documents", hasSize(2))
                .body("documents.find { it.id == '" + firstId + "' }.superseded", equalTo(true))
                .body("documents.find { it.id == '" + firstId + "' }.supersededBy", equalTo(second.<String>path("documents[1].id")))
                .body("documents[1].replaces", equalTo(firstId))
                .body("documents[1].version", equalTo(2))
                .body("documents[0].replaces", nullValue());
        api(TestTokens.employer()).get("/api/v1/dossiers/" + number + "/documents/" + firstId).then().statusCode(200);

        command(TestTokens.employer(), number, "hand-back", null).then().statusCode(200).body("status", equalTo("IN_REVIEW"));
        command(TestTokens.staff(), number, "grant", Map.of("amount", "2000.00")).then().statusCode(200)
                .body("status", equalTo("GRANTED")).body("documents", hasSize(3)).body("documents[2].type", equalTo("LETTER"));
    }

    private static Response upload(String token, String number, String type, String fileName, byte[] content, String replaces) {
        return upload(token, number, type, fileName, content, replaces, null);
    }

    private static Response upload(String token, String number, String type, String fileName, byte[] content, String replaces,
                                   String ifMatch) {
        var request = multipartApi(token).multiPart("type", type).multiPart("file", fileName, content, "application/pdf");
        if (replaces != null) {
            request = request.multiPart("replaces", replaces);
        }
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.post("/api/v1/dossiers/" + number + "/documents");
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
