package fr.passerelle.adapters.keycloak.embedded;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(SharedKeycloakExtension.class)
class PasserelleRealmTest {

    private final EmbeddedKeycloak keycloak;
    private final OpenIdClient client;

    PasserelleRealmTest(SharedKeycloak sharedKeycloak) {
        this.keycloak = sharedKeycloak.current();
        this.client = new OpenIdClient(keycloak);
    }

    @ParameterizedTest
    @EnumSource(DemoUser.class)
    void each_demo_user_gets_an_access_token_for_the_api_carrying_its_identity_and_role(DemoUser user) {
        HttpResponse<String> response = client.passwordGrant(user.email, DemoUser.PASSWORD);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode claims = OpenIdClient.accessTokenClaims(response);
        assertThat(claims.path("iss").asText())
                .as("issuer of a token requested through 127.0.0.1")
                .isEqualTo("http://localhost:8181/realms/passerelle")
                .isEqualTo(keycloak.issuer());
        assertThat(texts(claims.path("aud"))).contains(OpenIdClient.API_CLIENT);
        assertThat(texts(claims.path("realm_access").path("roles"))).contains(user.realmRole);
        assertThat(claims.path("sub").asText()).isEqualTo(user.id);
        assertThat(claims.path("email").asText()).isEqualTo(user.email);
        assertThat(claims.path("preferred_username").asText()).isEqualTo(user.email);
        assertThat(claims.path("given_name").asText()).isEqualTo(user.firstName);
        assertThat(claims.path("family_name").asText()).isEqualTo(user.lastName);
        assertThat(claims.path("name").asText()).isEqualTo(user.firstName + " " + user.lastName);
    }

    /** Whoever lands on the login page without an account, or without their login, finds Passerelle's own pages. */
    @Test
    void the_login_page_links_to_passerelles_registration_and_identifier_reminder() {
        String loginPage = client.spaLoginPage();

        assertThat(loginPage)
                .contains("Pas encore de compte ?").contains("href=\"http://localhost:8080/inscription\"")
                .contains("Identifiant oublié ?").contains("href=\"http://localhost:8080/identifiant-oublie\"");
    }

    @Test
    void a_wrong_password_is_refused() {
        HttpResponse<String> response = client.passwordGrant(DemoUser.EMPLOYEUR2.email, "not-the-password");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(OpenIdClient.json(response).path("error").asText()).isEqualTo("invalid_grant");
    }

    @Test
    void the_api_service_account_lists_the_realm_users() {
        HttpResponse<String> response = client.getAsApi("/users?max=100");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> userIds = OpenIdClient.json(response).findValuesAsText("id");
        assertThat(userIds).contains(DemoUser.GESTIONNAIRE.id, DemoUser.EMPLOYEUR.id, DemoUser.EMPLOYEUR2.id,
                DemoUser.ORGANISME.id);
    }

    @Test
    void the_web_application_tokens_are_also_meant_for_the_api() {
        String spaClientId = OpenIdClient.json(client.getAsAdministrator("/clients?clientId=" + OpenIdClient.SPA_CLIENT))
                .path(0).path("id").asText();

        HttpResponse<String> exampleToken = client.getAsAdministrator("/clients/" + spaClientId
                + "/evaluate-scopes/generate-example-access-token?scope=openid&userId=" + DemoUser.EMPLOYEUR.id);

        assertThat(exampleToken.statusCode()).as(exampleToken.body()).isEqualTo(200);
        JsonNode claims = OpenIdClient.json(exampleToken);
        assertThat(texts(claims.path("aud"))).contains(OpenIdClient.API_CLIENT);
        assertThat(texts(claims.path("realm_access").path("roles"))).contains(DemoUser.EMPLOYEUR.realmRole);
        assertThat(claims.path("email").asText()).isEqualTo(DemoUser.EMPLOYEUR.email);
        assertThat(claims.path("name").asText()).isEqualTo("Émilie Durand");
    }

    @Test
    void the_web_application_must_use_pkce() {
        String authorizationRequest = "/protocol/openid-connect/auth?client_id=" + OpenIdClient.SPA_CLIENT
                + "&response_type=code&scope=openid&redirect_uri=http%3A%2F%2Flocalhost%3A5173%2Fcallback";

        HttpResponse<String> withoutPkce = client.get(authorizationRequest);
        HttpResponse<String> withPkce = client.get(authorizationRequest
                + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256");

        assertThat(withoutPkce.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .startsWith("http://localhost:5173/callback")
                .contains("error=invalid_request")
                .contains("code_challenge_method"));
        assertThat(withPkce.statusCode()).isEqualTo(200);
        assertThat(withPkce.body()).contains("lang=\"fr\"");
    }

    private static List<String> texts(JsonNode stringOrArray) {
        List<String> texts = new ArrayList<>();
        if (stringOrArray.isArray()) {
            stringOrArray.forEach(element -> texts.add(element.asText()));
        } else if (!stringOrArray.isMissingNode()) {
            texts.add(stringOrArray.asText());
        }
        return texts;
    }
}
