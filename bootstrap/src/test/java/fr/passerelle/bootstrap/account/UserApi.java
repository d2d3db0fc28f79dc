package fr.passerelle.bootstrap.account;

import fr.passerelle.bootstrap.support.KeycloakUsers;
import fr.passerelle.bootstrap.support.TestStack;
import fr.passerelle.bootstrap.support.TestTokens;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fr.passerelle.bootstrap.support.ContractValidation.api;

/** Colleagues invited through the API by the demo employer (ADMIN of Lyon and Grenoble), each with a fresh email. */
final class UserApi {

    private UserApi() {
    }

    record Invited(String id, String email) {

        /** A token for the invited colleague, by the subject Keycloak gave their user. */
        String token() {
            return TestTokens.employer(KeycloakUsers.subjectOf(email), email);
        }
    }

    static String freshEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@demo-collegues.fr";
    }

    static Map<String, Object> newUser(String email, String establishmentId, String... rights) {
        return Map.of("email", email, "lastName", "Martin", "firstName", "Léa",
                "establishments", List.of(Map.of("establishmentId", establishmentId, "rights", List.of(rights))));
    }

    static Invited invite(String establishmentId, String... rights) {
        String email = freshEmail("collegue");
        String id = api(TestTokens.employer()).contentType("application/json").body(newUser(email, establishmentId, rights))
                .post("/api/v1/users")
                .then().statusCode(201)
                .extract().path("id");
        return new Invited(id, email);
    }

    static Invited inviteLyonViewer() {
        return invite(TestStack.LYON, "VIEW_DOSSIERS");
    }
}
