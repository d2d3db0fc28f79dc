package fr.passerelle.bootstrap.invoice;

import fr.passerelle.bootstrap.support.TenancyMatrix;
import fr.passerelle.bootstrap.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.LinkedHashMap;
import java.util.List;
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
import static fr.passerelle.bootstrap.support.TenancyMatrix.multipartAs;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every invoice and payment route × {no token, training body, another company, staff, owner}: the expected status of
 * each. The owner is the employer that issued the invoice (no subrogation) and is paid for it. Callers who must fail
 * go first, so that the resource is still in the state the route needs when the one who may act does. Another company
 * and a training body that is not the issuer get 404 on every route that names an invoice or a payment.
 */
@QuarkusTest
class InvoiceTenancyMatrixTest {

    /** One route: how to bring the resource it names to the state it needs, and how to call it. */
    private record Route(String name, Supplier<String> resource, String method, String path, Object body, boolean multipart) {
    }

    /** An invoice of the employer on a certified dossier of Lyon, where the demo employer holds MANAGE_INVOICES. */
    private static String submitted() {
        return Invoicing.submitted(TestTokens.employer(), Invoicing.certified("900.00", false), "900.00");
    }

    private static String validated() {
        String invoice = submitted();
        Invoicing.command(TestTokens.staff(), invoice, "validate", null).then().statusCode(200);
        return invoice;
    }

    private static String changesRequested() {
        return Invoicing.changesRequested(TestTokens.employer(), Invoicing.certified("900.00", false), "900.00");
    }

    static Stream<Arguments> routes() {
        return Stream.of(
                matrix(new Route("GET invoice", InvoiceTenancyMatrixTest::submitted, "GET", "/api/v1/invoices/%s", null, false),
                        401, 404, 404, 200, 200),
                matrix(new Route("GET invoice file", InvoiceTenancyMatrixTest::submitted, "GET", "/api/v1/invoices/%s/file", null, false),
                        401, 404, 404, 200, 200),
                matrix(new Route("withdraw", InvoiceTenancyMatrixTest::submitted, "POST", "/api/v1/invoices/%s/withdraw", null, false),
                        401, 404, 404, 403, 200),
                matrix(new Route("resubmit", InvoiceTenancyMatrixTest::changesRequested, "POST", "/api/v1/invoices/%s/resubmit",
                        Map.of("amount", "800.00"), true), 401, 404, 404, 403, 200),
                staffMatrix(new Route("validate", InvoiceTenancyMatrixTest::submitted, "POST", "/api/v1/invoices/%s/validate", null, false)),
                staffMatrix(new Route("reject", InvoiceTenancyMatrixTest::submitted, "POST", "/api/v1/invoices/%s/reject",
                        Map.of("reason", "Doublon"), false)),
                staffMatrix(new Route("request changes", InvoiceTenancyMatrixTest::submitted, "POST",
                        "/api/v1/invoices/%s/request-changes", Map.of("message", "Corrigez le montant"), false)),
                matrix(new Route("deposit", () -> Invoicing.certified("300.00", false), "POST", "/api/v1/dossiers/%s/invoices",
                        Map.of("amount", "100.00"), true), 401, 404, 404, 403, 201),
                staffMatrix(new Route("close balance", () -> Dossiers.granted(Invoicing.LAST_YEAR, "200.00", false), "POST",
                        "/api/v1/dossiers/%s/close-balance", null, false)),
                staffPaymentMatrix(),
                matrix(new Route("GET payment", InvoiceTenancyMatrixTest::paidToGrenoble, "GET", "/api/v1/payments/%s", null, false),
                        401, 404, 404, 200, 200),
                matrix(new Route("GET remittance advice", InvoiceTenancyMatrixTest::paidToGrenoble, "GET",
                        "/api/v1/payments/%s/remittance-advice", null, false), 401, 404, 404, 200, 200));
    }

    private static String paidToGrenoble() {
        String invoice = validatedForGrenoble();
        return api(TestTokens.staff()).contentType("application/json").body(Map.of("invoiceIds", List.of(invoice)))
                .post("/api/v1/payments").then().statusCode(201).extract().path("id");
    }

    private static String validatedForGrenoble() {
        String dossier = Dossiers.certifiedInGrenoble(Invoicing.LAST_YEAR, "250.00");
        return Invoicing.validated(TestTokens.employer(), dossier, "250.00");
    }

    private static Arguments staffPaymentMatrix() {
        Route route = new Route("order payment", InvoiceTenancyMatrixTest::validatedForGrenoble, "POST", "/api/v1/payments", null, false);
        return Arguments.of(route.name(), route, TenancyMatrix.staffOnly(201));
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
        String resource = route.resource().get();
        Map<String, Integer> actual = new LinkedHashMap<>();
        expected.keySet().forEach(caller -> actual.put(caller, call(caller, route, resource)));

        assertThat(actual).as(name).containsExactlyEntriesOf(expected);
    }

    private static int call(String caller, Route route, String resource) {
        if (route.path().equals("/api/v1/payments")) {
            return as(caller).contentType("application/json").body(Map.of("invoiceIds", List.of(resource)))
                    .post(route.path()).statusCode();
        }
        RequestSpecification request = route.multipart() ? multipartAs(caller) : as(caller);
        String path = String.format(route.path(), resource);
        if (route.multipart()) {
            request = request.multiPart("amount", "100.00").multiPart("number", Invoicing.newNumber())
                    .multiPart("invoiceDate", java.time.LocalDate.now().toString())
                    .multiPart("file", "facture.pdf", Invoicing.PDF, "application/pdf");
        } else if (route.body() != null) {
            request = request.contentType("application/json").body(route.body());
        }
        return request.request(route.method(), path).statusCode();
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("lists")
    void lists_answer_each_caller(String caller, String path, int expected) {
        assertThat(as(caller).get(path).statusCode()).isEqualTo(expected);
    }

    static Stream<Arguments> lists() {
        return Stream.of(NONE, TRAINING_BODY, OTHER_COMPANY, STAFF, OWNER).flatMap(caller -> Stream.of(
                Arguments.of(caller, "/api/v1/invoices", caller.equals(NONE) ? 401 : 200),
                Arguments.of(caller, "/api/v1/payments", caller.equals(NONE) ? 401 : 200)));
    }
}
