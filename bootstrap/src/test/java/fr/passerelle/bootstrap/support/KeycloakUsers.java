package fr.passerelle.bootstrap.support;

import io.restassured.path.json.JsonPath;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.restassured.RestAssured.given;

/** The test Keycloak's users as its admin API shows them, to check what Passerelle did there. */
public final class KeycloakUsers {

    private KeycloakUsers() {
    }

    public static Optional<Map<String, Object>> byEmail(String email) {
        List<Map<String, Object>> users = given()
                .auth().oauth2(adminToken())
                .queryParam("email", email)
                .queryParam("exact", true)
                .get(TestStack.KEYCLOAK_URL + "/admin/realms/passerelle/users")
                .then().statusCode(200)
                .extract().jsonPath().getList("$");
        return users.stream().findFirst();
    }

    public static String subjectOf(String email) {
        return (String) byEmail(email).orElseThrow(() -> new AssertionError("No Keycloak user " + email)).get("id");
    }

    public static boolean enabled(String subject) {
        JsonPath user = given()
                .auth().oauth2(adminToken())
                .get(TestStack.KEYCLOAK_URL + "/admin/realms/passerelle/users/" + subject)
                .then().statusCode(200)
                .extract().jsonPath();
        return user.getBoolean("enabled");
    }

    /** The names of the realm roles the user holds directly. */
    public static List<String> realmRoles(String subject) {
        return given()
                .auth().oauth2(adminToken())
                .get(TestStack.KEYCLOAK_URL + "/admin/realms/passerelle/users/" + subject + "/role-mappings/realm")
                .then().statusCode(200)
                .extract().jsonPath().getList("name", String.class);
    }

    private static String adminToken() {
        return given()
                .formParam("grant_type", "password")
                .formParam("client_id", "admin-cli")
                .formParam("username", "admin")
                .formParam("password", "admin")
                .post(TestStack.KEYCLOAK_URL + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }
}
