package fr.passerelle.bootstrap.web;

import fr.passerelle.bootstrap.support.TestStack;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class SinglePageAppTest {

    @Test
    void the_app_is_served_at_the_root() {
        given().accept("text/html")
                .get("/")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<div id=\"root\">"));
    }

    @Test
    void a_reload_on_a_page_of_the_app_gets_the_app_back() {
        given().accept("text/html,application/xhtml+xml")
                .get("/dossiers")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<div id=\"root\">"));
    }

    @Test
    void the_app_reads_its_login_settings_at_start_up() {
        given().get("/spa-config.json")
                .then()
                .statusCode(200)
                .body("keycloakUrl", equalTo(TestStack.KEYCLOAK_URL))
                .body("realm", equalTo("passerelle"))
                .body("clientId", equalTo("passerelle-spa"));
    }
}
