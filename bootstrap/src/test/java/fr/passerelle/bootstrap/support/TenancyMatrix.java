package fr.passerelle.bootstrap.support;

import io.restassured.specification.RequestSpecification;

import java.util.LinkedHashMap;
import java.util.Map;

import static fr.passerelle.bootstrap.support.ContractValidation.api;
import static fr.passerelle.bootstrap.support.ContractValidation.multipartApi;

/**
 * The callers of a tenancy matrix and the status each expects. They call in the order of the expectations: those
 * who must fail go first, so that the resource is still in the state the route needs when the one who may act does.
 */
public final class TenancyMatrix {

    public static final String NONE = "no token";
    public static final String TRAINING_BODY = "training body";
    public static final String OTHER_COMPANY = "other company";
    public static final String STAFF = "staff";
    public static final String OWNER = "owner";

    private TenancyMatrix() {
    }

    /** The expected status of each caller, the owner last. */
    public static Map<String, Integer> expect(int none, int trainingBody, int otherCompany, int staff, int owner) {
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put(NONE, none);
        expected.put(TRAINING_BODY, trainingBody);
        expected.put(OTHER_COMPANY, otherCompany);
        expected.put(STAFF, staff);
        expected.put(OWNER, owner);
        return expected;
    }

    /** A staff command: roles keep every employer and training body out (403); staff, who act, come last. */
    public static Map<String, Integer> staffOnly(int staffStatus) {
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put(NONE, 401);
        expected.put(TRAINING_BODY, 403);
        expected.put(OTHER_COMPANY, 403);
        expected.put(OWNER, 403);
        expected.put(STAFF, staffStatus);
        return expected;
    }

    /** A JSON request as this caller, checked against the contract. */
    public static RequestSpecification as(String caller) {
        return as(caller, api());
    }

    /** A multipart request as this caller, checked against the contract. */
    public static RequestSpecification multipartAs(String caller) {
        return as(caller, multipartApi());
    }

    private static RequestSpecification as(String caller, RequestSpecification anonymous) {
        return switch (caller) {
            case NONE -> anonymous;
            case TRAINING_BODY -> anonymous.auth().oauth2(TestTokens.trainingBody());
            case OTHER_COMPANY -> anonymous.auth().oauth2(TestTokens.otherCompanyEmployer());
            case STAFF -> anonymous.auth().oauth2(TestTokens.staff());
            case OWNER -> anonymous.auth().oauth2(TestTokens.employer());
            default -> throw new IllegalArgumentException("Unknown caller " + caller);
        };
    }
}
