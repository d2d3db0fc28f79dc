package fr.passerelle.bootstrap.notification;

import fr.passerelle.bootstrap.support.TestStack;
import fr.passerelle.bootstrap.support.TestTokens;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static fr.passerelle.bootstrap.support.ContractValidation.api;

/** The dossier steps the notification tests start from: a PLAN dossier of the demo employer's Lyon establishment. */
final class NotificationFlows {

    private NotificationFlows() {
    }

    static String submitted() {
        String number = api(TestTokens.employer()).contentType("application/json")
                .body(Map.of("establishmentId", TestStack.LYON, "scheme", "PLAN"))
                .post("/api/v1/dossiers").then().statusCode(201).extract().path("number");
        LocalDate start = LocalDate.now().plusMonths(2);
        api(TestTokens.employer()).contentType("application/json").body(Map.of(
                        "training", Map.of("title", "Soudure TIG", "objectives", "Maîtriser le poste", "startDate", start.toString(),
                                "endDate", start.plusMonths(1).toString(), "hours", 35, "modality", "IN_PERSON", "external", true),
                        "trainingBody", Map.of("siret", "55208131700034", "nda", "11755555575", "name", "Institut de Soudure"),
                        "trainees", List.of(Map.of("employeeId", TestStack.DEMO_EMPLOYEE, "category", "WORKER", "contractType", "PERMANENT")),
                        "costs", Map.of("teaching", "2000.00", "related", "100.00", "salaries", "400.00"),
                        "amountRequested", "2500.00",
                        "subrogation", false))
                .put("/api/v1/dossiers/" + number).then().statusCode(200);
        command(TestTokens.employer(), number, "submit", null);
        return number;
    }

    static void command(String token, String number, String command, Object body) {
        var request = api(token);
        if (body != null) {
            request = request.contentType("application/json").body(body);
        }
        request.post("/api/v1/dossiers/" + number + "/" + command).then().statusCode(200);
    }
}
