package fr.passerelle.bootstrap.dossier;

import fr.passerelle.bootstrap.support.TestStack;
import fr.passerelle.bootstrap.support.TestTokens;
import io.restassured.response.Response;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static fr.passerelle.bootstrap.support.ContractValidation.api;

/** Brings dossiers of the demo employer to a given state through the API, as the end-to-end tests need them. */
public final class DossierApi {

    static final LocalDate START = LocalDate.now().plusMonths(2);

    private DossierApi() {
    }

    /** Content that passes every submission rule for a PLAN dossier of "Démo Industrie". */
    static Map<String, Object> completeContent(String title) {
        return Map.of(
                "training", Map.of("title", title, "objectives", "Maîtriser le poste", "startDate", START.toString(),
                        "endDate", START.plusMonths(1).toString(), "hours", 35, "modality", "IN_PERSON", "external", true),
                "trainingBody", Map.of("siret", "55208131700034", "nda", "11755555575", "name", "Institut de Soudure"),
                "trainees", List.of(Map.of("employeeId", TestStack.DEMO_EMPLOYEE, "category", "WORKER", "contractType", "PERMANENT")),
                "costs", Map.of("teaching", "2000.00", "related", "100.00", "salaries", "400.00"),
                "amountRequested", "2500.00",
                "subrogation", false);
    }

    static Response create(String scheme) {
        return api(TestTokens.employer()).contentType("application/json")
                .body(Map.of("establishmentId", TestStack.LYON, "scheme", scheme))
                .post("/api/v1/dossiers");
    }

    public static String draft() {
        return create("PLAN").then().statusCode(201).extract().path("number");
    }

    public static String completeDraft() {
        String number = draft();
        api(TestTokens.employer()).contentType("application/json").body(completeContent("Soudure TIG"))
                .put("/api/v1/dossiers/" + number).then().statusCode(200);
        return number;
    }

    public static String submitted() {
        String number = completeDraft();
        command(TestTokens.employer(), number, "submit", null).then().statusCode(200);
        return number;
    }

    public static String inReview() {
        String number = submitted();
        command(TestTokens.staff(), number, "review", null).then().statusCode(200);
        return number;
    }

    public static String awaitingDocuments() {
        String number = inReview();
        command(TestTokens.staff(), number, "request-documents", documentRequest()).then().statusCode(200);
        return number;
    }

    static String withPendingCancellation() {
        String number = inReview();
        command(TestTokens.employer(), number, "cancellation-requests", Map.of("message", "Salarié parti")).then().statusCode(200);
        return number;
    }

    static Map<String, Object> documentRequest() {
        return Map.of("types", List.of("QUOTE"), "dueDate", LocalDate.now().plusDays(30).toString(), "message", "Merci d’envoyer le devis");
    }

    public static Response command(String token, String number, String command, Object body) {
        var request = token == null ? api() : api(token);
        if (body != null) {
            request = request.contentType("application/json").body(body);
        }
        return request.post("/api/v1/dossiers/" + number + "/" + command);
    }
}
