package fr.passerelle.bootstrap.dossier;

import fr.passerelle.bootstrap.support.TenancyMatrix;
import fr.passerelle.bootstrap.support.TestStack;
import fr.passerelle.bootstrap.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static fr.passerelle.bootstrap.support.ContractValidation.api;
import static fr.passerelle.bootstrap.support.TenancyMatrix.NONE;
import static fr.passerelle.bootstrap.support.TenancyMatrix.OTHER_COMPANY;
import static fr.passerelle.bootstrap.support.TenancyMatrix.OWNER;
import static fr.passerelle.bootstrap.support.TenancyMatrix.STAFF;
import static fr.passerelle.bootstrap.support.TenancyMatrix.TRAINING_BODY;
import static fr.passerelle.bootstrap.support.TenancyMatrix.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every dossier route × {no token, training body, another company, staff, owner}: the expected status of each.
 * The callers who must fail go first, so that the dossier is still in the state the route needs when the one who
 * may act does. Another company gets 404 on every route that names a dossier: it never learns the dossier exists.
 */
@QuarkusTest
class DossierTenancyMatrixTest {

    /** One route: how to bring a dossier to the state it needs, and how to call it. */
    private record Route(String name, Supplier<String> dossier, String method, String path, Object body) {
    }

    static Stream<Arguments> routes() {
        Object reason = Map.of("reason", "Un motif");
        Object message = Map.of("message", "Un message");
        return Stream.of(
                matrix(new Route("GET one", DossierApi::submitted, "GET", "", null), 401, 404, 404, 200, 200),
                matrix(new Route("GET draft", DossierApi::draft, "GET", "", null), 401, 404, 404, 404, 200),
                matrix(new Route("GET history", DossierApi::submitted, "GET", "/history", null), 401, 404, 404, 200, 200),
                // Messages (issue 6); posting is multipart, in DossierMessagesApiTest.
                matrix(new Route("GET messages", DossierApi::submitted, "GET", "/messages", null), 401, 404, 404, 200, 200),
                matrix(new Route("mark messages read", DossierApi::submitted, "POST", "/messages/read", null), 401, 404, 404, 204, 204),
                matrix(new Route("PUT draft", DossierApi::draft, "PUT", "", Map.of()), 401, 403, 404, 403, 200),
                matrix(new Route("DELETE draft", DossierApi::draft, "DELETE", "", null), 401, 403, 404, 403, 204),
                matrix(new Route("submit", DossierApi::completeDraft, "POST", "/submit", null), 401, 403, 404, 403, 200),
                matrix(new Route("unlock", DossierApi::submitted, "POST", "/unlock", null), 401, 403, 404, 403, 200),
                matrix(new Route("cancel", DossierApi::submitted, "POST", "/cancel", reason), 401, 403, 404, 403, 200),
                matrix(new Route("hand-back", DossierApi::awaitingDocuments, "POST", "/hand-back", null), 401, 403, 404, 403, 409),
                matrix(new Route("modification request", DossierApi::inReview, "POST", "/modification-requests", message),
                        401, 403, 404, 403, 200),
                matrix(new Route("cancellation request", DossierApi::inReview, "POST", "/cancellation-requests", message),
                        401, 403, 404, 403, 200),
                staffMatrix(new Route("review", DossierApi::submitted, "POST", "/review", null)),
                staffMatrix(new Route("request documents", DossierApi::inReview, "POST", "/request-documents", DossierApi.documentRequest())),
                staffMatrix(new Route("grant", DossierApi::inReview, "POST", "/grant", Map.of("amount", "1000.00"))),
                staffMatrix(new Route("refuse", DossierApi::inReview, "POST", "/refuse", reason)),
                staffMatrix(new Route("accept request", DossierApi::withPendingCancellation, "POST", "/pending-request/accept", null)),
                staffMatrix(new Route("decline request", DossierApi::withPendingCancellation, "POST", "/pending-request/decline", reason)));
    }

    private static Arguments matrix(Route route, int none, int trainingBody, int otherCompany, int staff, int owner) {
        return Arguments.of(route.name(), route, TenancyMatrix.expect(none, trainingBody, otherCompany, staff, owner));
    }

    private static Arguments staffMatrix(Route route) {
        return Arguments.of(route.name(), route, TenancyMatrix.staffOnly(200));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void each_caller_gets_the_expected_status(String name, Route route, Map<String, Integer> expected) {
        String number = route.dossier().get();
        Map<String, Integer> actual = new LinkedHashMap<>();
        expected.keySet().forEach(caller -> actual.put(caller, call(caller, route, number)));

        assertThat(actual).as(name).containsExactlyEntriesOf(expected);
    }

    private static int call(String caller, Route route, String number) {
        RequestSpecification request = as(caller);
        if (route.body() != null) {
            request = request.contentType("application/json").body(route.body());
        }
        return request.request(route.method(), "/api/v1/dossiers/" + number + route.path()).statusCode();
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("lists")
    void lists_answer_each_caller(String caller, String path, int expected) {
        assertThat(as(caller).get(path).statusCode()).isEqualTo(expected);
    }

    static Stream<Arguments> lists() {
        return Stream.of(
                Arguments.of(NONE, "/api/v1/dossiers", 401),
                Arguments.of(TRAINING_BODY, "/api/v1/dossiers", 200),
                Arguments.of(OTHER_COMPANY, "/api/v1/dossiers", 200),
                Arguments.of(STAFF, "/api/v1/dossiers", 200),
                Arguments.of(OWNER, "/api/v1/dossiers", 200),
                Arguments.of(NONE, "/api/v1/staff/dossier-queue", 401),
                Arguments.of(TRAINING_BODY, "/api/v1/staff/dossier-queue", 403),
                Arguments.of(OWNER, "/api/v1/staff/dossier-queue", 403),
                Arguments.of(STAFF, "/api/v1/staff/dossier-queue", 200));
    }

    @Test
    void another_company_cannot_create_a_dossier_on_an_establishment_not_theirs() {
        api(TestTokens.otherCompanyEmployer()).contentType("application/json")
                .body(Map.of("establishmentId", TestStack.LYON, "scheme", "PLAN")).post("/api/v1/dossiers")
                .then().statusCode(404);
        api(TestTokens.trainingBody()).contentType("application/json")
                .body(Map.of("establishmentId", TestStack.LYON, "scheme", "PLAN")).post("/api/v1/dossiers")
                .then().statusCode(403);
    }
}
