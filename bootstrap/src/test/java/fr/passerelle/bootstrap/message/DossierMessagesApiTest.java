package fr.passerelle.bootstrap.message;

import fr.passerelle.bootstrap.dossier.DossierApi;
import fr.passerelle.bootstrap.support.KeycloakUsers;
import fr.passerelle.bootstrap.support.TestStack;
import fr.passerelle.bootstrap.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fr.passerelle.bootstrap.dossier.DossierApi.command;
import static fr.passerelle.bootstrap.support.ContractValidation.UTF8_TEXT;
import static fr.passerelle.bootstrap.support.ContractValidation.api;
import static fr.passerelle.bootstrap.support.ContractValidation.malformedRequest;
import static fr.passerelle.bootstrap.support.ContractValidation.multipartApi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** The message thread of a dossier over HTTP: request, answer with a file, read receipts, unread counts, tenancy. */
@QuarkusTest
class DossierMessagesApiTest {


    static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
            + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    @Test
    void staff_ask_for_documents_the_company_answers_with_a_file_and_each_side_sees_when_the_other_read() {
        String number = DossierApi.awaitingDocuments();

        Response thread = messages(TestTokens.employer(), number);
        thread.then().statusCode(200).body("items", hasSize(1)).body("canWrite", equalTo(true)).body("nextCursor", nullValue())
                .body("items[0].side", equalTo("OPCO"))
                .body("items[0].authorName", equalTo("Gabriel Lefèvre"))
                .body("items[0].text", equalTo("Merci d’envoyer le devis"))
                .body("items[0].documentRequest.types", equalTo(List.of("QUOTE")))
                .body("items[0].readAt", nullValue());
        assertThat(unread(TestTokens.employer(), number)).isEqualTo(1);
        assertThat(unread(TestTokens.staff(), number)).isZero();

        api(TestTokens.employer()).post(path(number) + "/read").then().statusCode(204);
        messages(TestTokens.staff(), number).then().statusCode(200)
                .body("items[0].readAt", notNullValue()).body("items[0].readByName", equalTo(TestStack.EMPLOYER_NAME));
        assertThat(unread(TestTokens.employer(), number)).isZero();

        Response posted = multipart(TestTokens.employer()).multiPart("text", "Voici le devis signé.", UTF8_TEXT)
                .multiPart("files", "Devis 2026.pdf", PDF, "application/pdf")
                .post(path(number));
        posted.then().statusCode(201).body("side", equalTo("COMPANY")).body("authorName", equalTo(TestStack.EMPLOYER_NAME))
                .body("attachments", hasSize(1)).body("attachments[0].fileName", equalTo("Devis 2026.pdf"))
                .body("attachments[0].contentType", equalTo("application/pdf")).body("attachments[0].size", equalTo(PDF.length))
                .body("readAt", nullValue());
        String messageId = posted.path("id");
        String attachmentId = posted.path("attachments[0].id");
        assertThat(unread(TestTokens.staff(), number)).isEqualTo(1);

        Response download = api(TestTokens.staff()).get(path(number) + "/" + messageId + "/attachments/" + attachmentId);
        download.then().statusCode(200).contentType("application/pdf").header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "attachment; filename=\"Devis 2026.pdf\"; filename*=UTF-8''Devis%202026.pdf");
        assertThat(download.asByteArray()).isEqualTo(PDF);

        api(TestTokens.staff()).post(path(number) + "/read").then().statusCode(204);
        assertThat(unread(TestTokens.staff(), number)).isZero();
        messages(TestTokens.employer(), number).then().statusCode(200).body("items", hasSize(2))
                .body("items[1].id", equalTo(messageId))
                .body("items[1].readByName", equalTo("Gabriel Lefèvre")).body("items[1].readAt", notNullValue());
        api(TestTokens.employer()).get("/api/v1/dossiers/" + number).then().statusCode(200).body("documents", hasSize(0));
    }

    @Test
    void another_company_never_learns_the_thread_exists_and_a_training_body_may_not_post() {
        String number = DossierApi.submitted();
        Response posted = multipart(TestTokens.employer()).multiPart("text", "Bonjour", UTF8_TEXT)
                .multiPart("files", "devis.pdf", PDF, "application/pdf").post(path(number));
        posted.then().statusCode(201);
        String attachment = path(number) + "/" + posted.path("id") + "/attachments/" + posted.path("attachments[0].id");

        messages(TestTokens.otherCompanyEmployer(), number).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        post(TestTokens.otherCompanyEmployer(), number, "Intrus").then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        api(TestTokens.otherCompanyEmployer()).post(path(number) + "/read").then().statusCode(404);
        api(TestTokens.otherCompanyEmployer()).get(attachment).then().statusCode(404);
        messages(TestTokens.trainingBody(), number).then().statusCode(404);
        post(TestTokens.trainingBody(), number, "Organisme").then().statusCode(403);
        api().get(path(number)).then().statusCode(401);
        multipart(null).multiPart("text", "Anonyme", UTF8_TEXT).post(path(number)).then().statusCode(401);
        api(TestTokens.employer()).get(path(number) + "/" + posted.path("id") + "/attachments/" + UUID.randomUUID()).then().statusCode(404);
        malformedRequest(TestTokens.employer()).get(path(number) + "/pas-un-id/attachments/pas-un-id").then().statusCode(404);

        messages(TestTokens.employer(), number).then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void a_reader_without_the_right_to_manage_dossiers_reads_and_marks_read_but_does_not_write() {
        String number = DossierApi.submitted();
        String email = "lecteur-" + UUID.randomUUID().toString().substring(0, 8) + "@demo-collegues.fr";
        api(TestTokens.employer()).contentType("application/json")
                .body(Map.of("email", email, "lastName", "Lecteur", "firstName", "Victor",
                        "establishments", List.of(Map.of("establishmentId", TestStack.LYON, "rights", List.of("VIEW_DOSSIERS")))))
                .post("/api/v1/users").then().statusCode(201);
        String viewer = TestTokens.employer(KeycloakUsers.subjectOf(email), email);

        messages(viewer, number).then().statusCode(200).body("canWrite", equalTo(false));
        post(viewer, number, "Bonjour").then().statusCode(403).body("code", equalTo("MESSAGE_ACTION_FORBIDDEN"));
        api(viewer).post(path(number) + "/read").then().statusCode(204);
    }

    @Test
    void no_message_on_a_draft_nor_on_a_cancelled_dossier() {
        post(TestTokens.employer(), DossierApi.draft(), "Bonjour").then().statusCode(409)
                .body("code", equalTo("DOSSIER_CLOSED_TO_MESSAGES"));
        String cancelled = DossierApi.submitted();
        command(TestTokens.employer(), cancelled, "cancel", Map.of("reason", "Formation reportée")).then().statusCode(200);

        messages(TestTokens.staff(), cancelled).then().statusCode(200).body("canWrite", equalTo(false));
        post(TestTokens.staff(), cancelled, "Bonjour").then().statusCode(409).body("code", equalTo("DOSSIER_CLOSED_TO_MESSAGES"));
    }

    @Test
    void files_are_checked_as_documents_are_and_a_refused_message_is_not_kept() {
        String number = DossierApi.submitted();

        multipart(TestTokens.employer()).multiPart("text", "Script", UTF8_TEXT).multiPart("files", "devis.pdf",
                        "#!/bin/sh\necho pwned\n".getBytes(StandardCharsets.US_ASCII), "application/pdf")
                .post(path(number)).then().statusCode(415).body("code", equalTo("UNSUPPORTED_FILE_TYPE"));
        multipart(TestTokens.employer()).multiPart("text", "Gros", UTF8_TEXT).multiPart("files", "gros.pdf", Arrays.copyOf(PDF, 1024 * 1024 + 1),
                "application/pdf").post(path(number)).then().statusCode(413).body("code", equalTo("FILE_TOO_LARGE"));
        multipart(TestTokens.employer()).multiPart("text", " ", UTF8_TEXT).post(path(number)).then().statusCode(422)
                .body("code", equalTo("MESSAGE_REQUIRED"));

        messages(TestTokens.employer(), number).then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void a_replayed_idempotency_key_returns_the_first_message_and_the_thread_pages_oldest_first() {
        String number = DossierApi.submitted();
        String first = multipart(TestTokens.employer()).header("Idempotency-Key", "cle-1").multiPart("text", "Premier", UTF8_TEXT)
                .post(path(number)).then().statusCode(201).extract().path("id");
        multipart(TestTokens.employer()).header("Idempotency-Key", "cle-1").multiPart("text", "Premier", UTF8_TEXT).post(path(number))
                .then().statusCode(201).body("id", equalTo(first));
        post(TestTokens.staff(), number, "Deuxième").then().statusCode(201);

        Response page = api(TestTokens.employer()).queryParam("limit", 1).get(path(number));
        page.then().statusCode(200).body("items", hasSize(1)).body("items[0].id", equalTo(first)).body("nextCursor", notNullValue());
        api(TestTokens.employer()).queryParam("limit", 1).queryParam("cursor", page.<String>path("nextCursor")).get(path(number))
                .then().statusCode(200).body("items[0].text", equalTo("Deuxième")).body("nextCursor", nullValue());
        api(TestTokens.employer()).queryParam("cursor", "pas-un-curseur").get(path(number)).then().statusCode(400);
    }

    private static RequestSpecification multipart(String token) {
        return token == null ? multipartApi() : multipartApi(token);
    }

    private static String path(String number) {
        return "/api/v1/dossiers/" + number + "/messages";
    }

    private static Response messages(String token, String number) {
        return api(token).get(path(number));
    }

    private static Response post(String token, String number, String text) {
        return multipart(token).multiPart("text", text, UTF8_TEXT).post(path(number));
    }

    /** The dossier's unread count in the caller's list, as the dossier list shows it. */
    private static int unread(String token, String number) {
        return api(token).queryParam("number", number).get("/api/v1/dossiers").then().statusCode(200)
                .body("items", hasSize(1)).extract().path("items[0].unreadMessages");
    }
}
