package fr.passerelle.bootstrap.invoice;

import fr.passerelle.bootstrap.support.TestStack;
import fr.passerelle.bootstrap.support.TestTokens;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static fr.passerelle.bootstrap.support.ContractValidation.api;
import static org.hamcrest.Matchers.equalTo;

/** Brings PLAN dossiers of "Démo Industrie – Lyon" to review and grant through the API, for the invoicing tests. */
final class Dossiers {

    /** The demo training body's SIRET, which the demo account organisme@demo.passerelle.fr speaks for. */
    static final String TRAINING_BODY_SIRET = "55208131700034";

    private Dossiers() {
    }

    /** A PLAN dossier of Lyon in review, its training starting on {@code start}, asking for {@code requested}. */
    static String inReview(LocalDate start, String requested, boolean subrogation) {
        return inReview(TestStack.LYON, start, requested, subrogation);
    }

    static String inReview(String establishment, LocalDate start, String requested, boolean subrogation) {
        String number = api(TestTokens.employer()).contentType("application/json")
                .body(Map.of("establishmentId", establishment, "scheme", "PLAN"))
                .post("/api/v1/dossiers").then().statusCode(201).extract().path("number");
        Map<String, Object> content = new HashMap<>();
        content.put("training", Map.of("title", "Soudure TIG", "objectives", "Maîtriser le poste", "startDate", start.toString(),
                "endDate", start.plusDays(20).toString(), "hours", 35, "modality", "IN_PERSON", "external", true));
        content.put("trainingBody", Map.of("siret", TRAINING_BODY_SIRET, "nda", "11755555575", "name", "Institut de Formation Rhône-Alpes"));
        content.put("trainees", List.of(Map.of("employeeId", TestStack.DEMO_EMPLOYEE, "category", "WORKER", "contractType", "PERMANENT")));
        content.put("costs", Map.of("teaching", requested, "related", "0.00", "salaries", "0.00"));
        content.put("amountRequested", requested);
        content.put("subrogation", subrogation);
        api(TestTokens.employer()).contentType("application/json").body(content)
                .put("/api/v1/dossiers/" + number).then().statusCode(200);
        api(TestTokens.employer()).post("/api/v1/dossiers/" + number + "/submit").then().statusCode(200);
        api(TestTokens.staff()).post("/api/v1/dossiers/" + number + "/review").then().statusCode(200);
        return number;
    }

    static String granted(LocalDate start, String amount, boolean subrogation) {
        String number = inReview(start, amount, subrogation);
        grant(number, amount).then().statusCode(200).body("status", equalTo("GRANTED"));
        return number;
    }

    /**
     * A dossier of Grenoble (which has an active bank account in the demo data, so its invoices can be paid) granted
     * {@code amount}, with its certificate of completion.
     */
    static String certifiedInGrenoble(LocalDate start, String amount) {
        String number = inReview(TestStack.GRENOBLE, start, amount, false);
        grant(number, amount).then().statusCode(200);
        Invoicing.attach(TestTokens.employer(), number, "CERTIFICATE_OF_COMPLETION").then().statusCode(200);
        return number;
    }

    static io.restassured.response.Response grant(String number, String amount) {
        return api(TestTokens.staff()).contentType("application/json").body(Map.of("amount", amount))
                .post("/api/v1/dossiers/" + number + "/grant");
    }

    /** Staff set the legal envelope (PLAN) of "Démo Industrie" for that year. */
    static void legalEnvelope(int year, String amount) {
        api(TestTokens.staff()).contentType("application/json").body(Map.of("amount", amount))
                .put("/api/v1/establishments/" + TestStack.LYON + "/funding-accounts/" + year + "/LEGAL")
                .then().statusCode(200);
    }

    /** The legal envelope of "Démo Industrie" for that year, as the employer reads it. */
    static Map<String, String> legalEnvelopeOf(int year) {
        return api(TestTokens.employer()).get("/api/v1/establishments/" + TestStack.LYON + "/funding-accounts?year=" + year)
                .then().statusCode(200).extract().path("envelopes.find { it.source == 'LEGAL' }");
    }
}
