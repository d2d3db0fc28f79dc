package fr.passerelle.bootstrap.account;

import fr.passerelle.bootstrap.support.TestStack;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static fr.passerelle.bootstrap.support.ContractValidation.api;
import static fr.passerelle.bootstrap.support.ContractValidation.malformedRequest;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** "Mon profil" of an invited colleague, so that the demo accounts keep their contact details. */
@QuarkusTest
class ProfileApiTest {

    @Test
    void the_contact_details_change_with_if_match_and_the_login_never_does() {
        UserApi.Invited me = UserApi.invite(TestStack.LYON, "VIEW_DOSSIERS");

        api(me.token()).get("/api/v1/me/profile")
                .then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("loginEmail", equalTo(me.email()))
                .body("contactEmail", equalTo(me.email()))
                .body("phone", nullValue())
                .body("establishments.name", contains("Démo Industrie – Lyon"))
                .body("establishments[0].rights", contains("VIEW_DOSSIERS"));

        api(me.token()).contentType("application/json").header("If-Match", "\"0\"")
                .body(Map.of("contactEmail", "Lea.Perso@Example.fr", "phone", "04 72 00 00 00",
                        "preferredEstablishmentId", TestStack.LYON))
                .put("/api/v1/me/profile")
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("loginEmail", equalTo(me.email()))
                .body("contactEmail", equalTo("lea.perso@example.fr"))
                .body("phone", equalTo("0472000000"))
                .body("preferredEstablishmentId", equalTo(TestStack.LYON));

        api(me.token()).contentType("application/json").header("If-Match", "\"0\"")
                .body(Map.of("contactEmail", "autre@example.fr"))
                .put("/api/v1/me/profile")
                .then().statusCode(412).body("code", equalTo("PRECONDITION_FAILED"));
    }

    @Test
    void invalid_values_are_reported_per_field() {
        UserApi.Invited me = UserApi.inviteLyonViewer();

        api(me.token()).contentType("application/json")
                .body(Map.of("contactEmail", "pas-une-adresse", "phone", "appelez-moi"))
                .put("/api/v1/me/profile")
                .then().statusCode(422)
                .body("code", equalTo("INVALID_CONTENT"))
                .body("errors.field", contains("contactEmail", "phone"))
                .body("errors[1].message", containsString("06 12 34 56 78"));
    }

    @Test
    /** Out of the contract on purpose (fields the profile has not): only the answer is checked against it. */
    void the_profile_sets_neither_status_nor_rights_nor_login_whatever_the_body_says() {
        UserApi.Invited me = UserApi.inviteLyonViewer();
        Map<String, Object> body = new HashMap<>();
        body.put("contactEmail", me.email());
        body.put("loginEmail", "pirate@example.fr");
        body.put("status", "ACTIVE");
        body.put("establishments", List.of(Map.of("id", TestStack.GRENOBLE, "rights", List.of("ADMIN"))));
        body.put("rights", List.of("ADMIN"));

        malformedRequest(me.token()).contentType("application/json").body(body).put("/api/v1/me/profile")
                .then().statusCode(200)
                .body("loginEmail", equalTo(me.email()))
                .body("establishments.name", contains("Démo Industrie – Lyon"))
                .body("establishments[0].rights", contains("VIEW_DOSSIERS"));
        api(me.token()).get("/api/v1/me").then().statusCode(200)
                .body("establishments[0].rights", contains("VIEW_DOSSIERS"))
                .body("establishments[0].rights", not(hasItem("ADMIN")));
    }
}
