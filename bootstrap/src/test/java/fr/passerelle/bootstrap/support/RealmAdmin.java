package fr.passerelle.bootstrap.support;

import fr.passerelle.adapters.keycloak.embedded.EmbeddedKeycloak;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/** The test realm's admin API, as Passerelle's own service account (passerelle-api, manage-users). */
public final class RealmAdmin {

    public static final String USERS = TestStack.KEYCLOAK_URL + "/admin/realms/passerelle/users";

    private RealmAdmin() {
    }

    public static RequestSpecification admin() {
        String token = given().formParam("grant_type", "client_credentials").formParam("client_id", "passerelle-api")
                .formParam("client_secret", EmbeddedKeycloak.API_CLIENT_SECRET)
                .post(TestStack.ISSUER + "/protocol/openid-connect/token").then().statusCode(200).extract().path("access_token");
        return given().auth().oauth2(token);
    }
}
