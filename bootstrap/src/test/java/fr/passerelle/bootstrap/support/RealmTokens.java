package fr.passerelle.bootstrap.support;

import static io.restassured.RestAssured.given;

/** Tokens issued by the real Keycloak of the test stack, through the password grant of the passerelle-cli client. */
public final class RealmTokens {

    private RealmTokens() {
    }

    public static String passwordGrant(String username, String password) {
        return given()
                .formParam("grant_type", "password")
                .formParam("client_id", "passerelle-cli")
                .formParam("username", username)
                .formParam("password", password)
                .post(TestStack.ISSUER + "/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }
}
