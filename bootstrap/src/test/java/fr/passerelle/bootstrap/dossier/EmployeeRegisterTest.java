package fr.passerelle.bootstrap.dossier;

import fr.passerelle.bootstrap.support.TestStack;
import fr.passerelle.bootstrap.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static fr.passerelle.bootstrap.support.ContractValidation.api;
import static fr.passerelle.bootstrap.support.ContractValidation.malformedRequest;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** The employee register trainees are chosen from, on the demo company's twelve employees. */
@QuarkusTest
class EmployeeRegisterTest {

    private static final String LYON_EMPLOYEES = "/api/v1/establishments/" + TestStack.LYON + "/employees";

    @Test
    void a_dossier_manager_pages_through_the_register_by_name() {
        List<String> names = new ArrayList<>();
        String cursor = null;
        do {
            Response page = api(TestTokens.employer()).queryParam("limit", 5).queryParam("cursor", cursor).get(LYON_EMPLOYEES);
            page.then().statusCode(200);
            names.addAll(page.path("items.lastName"));
            cursor = page.path("nextCursor");
        } while (cursor != null);

        assertThat(names).hasSize(12).isSorted().contains("Martin", "Bernard");
    }

    @Test
    void names_are_searched_without_case_or_accents() {
        api(TestTokens.employer()).queryParam("q", "CHLOE").get(LYON_EMPLOYEES)
                .then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].id", equalTo("b0000000-0000-4000-8000-000000000003"))
                .body("items[0].lastName", equalTo("Thomas"))
                .body("items[0].birthDate", equalTo("1995-01-27"))
                .body("items[0].category", equalTo("CLERK"));
    }

    @Test
    void staff_read_it_another_company_and_an_unknown_establishment_get_404_training_bodies_403_and_anonymous_401() {
        api(TestTokens.staff()).get(LYON_EMPLOYEES).then().statusCode(200).body("items.size()", equalTo(12));
        api(TestTokens.otherCompanyEmployer()).get(LYON_EMPLOYEES).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        api(TestTokens.employer()).get("/api/v1/establishments/e0000000-0000-4000-8000-0000000000ff/employees")
                .then().statusCode(404);
        api(TestTokens.trainingBody()).get(LYON_EMPLOYEES).then().statusCode(403);
        given().get(LYON_EMPLOYEES).then().statusCode(401);
    }

    @Test
    void a_malformed_establishment_limit_or_cursor_is_a_400_that_says_so() {
        malformedRequest(TestTokens.employer()).get("/api/v1/establishments/not-a-uuid/employees")
                .then().statusCode(400).body("detail", equalTo("Le paramètre « establishmentId » n'est pas valide."));
        malformedRequest(TestTokens.employer()).queryParam("limit", 500).get(LYON_EMPLOYEES)
                .then().statusCode(400).body("detail", equalTo("Le nombre d’éléments par page doit être compris entre 1 et 200."));
        api(TestTokens.employer()).queryParam("cursor", "bm90LWEtY3Vyc29y").get(LYON_EMPLOYEES).then().statusCode(400);
    }
}
