package fr.passerelle.adapters.keycloak.embedded;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/** The few OpenID Connect and admin REST calls the tests make, through 127.0.0.1 rather than localhost on purpose. */
final class OpenIdClient {

    static final String CLI_CLIENT = "passerelle-cli";
    static final String SPA_CLIENT = "passerelle-spa";
    static final String API_CLIENT = "passerelle-api";
    static final String API_CLIENT_DEV_SECRET = "passerelle-api-dev-secret";

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String loopbackUrl;

    OpenIdClient(EmbeddedKeycloak keycloak) {
        this.loopbackUrl = "http://127.0.0.1:" + keycloak.httpPort();
    }

    HttpResponse<String> passwordGrant(String username, String password) {
        return postForm(realmUrl("/protocol/openid-connect/token"), Map.of(
                "grant_type", "password",
                "client_id", CLI_CLIENT,
                "username", username,
                "password", password));
    }

    String apiServiceAccountToken() {
        HttpResponse<String> response = postForm(realmUrl("/protocol/openid-connect/token"), Map.of(
                "grant_type", "client_credentials",
                "client_id", API_CLIENT,
                "client_secret", API_CLIENT_DEV_SECRET));
        return json(response).path("access_token").asText();
    }

    /** As the master realm's bootstrap administrator, who may do what the API service account may not. */
    HttpResponse<String> getAsAdministrator(String adminPath) {
        return send(HttpRequest.newBuilder(adminUri(adminPath))
                .header("Authorization", "Bearer " + administratorToken())
                .GET());
    }

    HttpResponse<String> putJsonAsAdministrator(String adminPath, String body) {
        return send(HttpRequest.newBuilder(adminUri(adminPath))
                .header("Authorization", "Bearer " + administratorToken())
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    private String administratorToken() {
        HttpResponse<String> tokenResponse = postForm(loopbackUrl + "/realms/master/protocol/openid-connect/token",
                Map.of("grant_type", "password",
                        "client_id", "admin-cli",
                        "username", "admin",
                        "password", "admin"));
        return json(tokenResponse).path("access_token").asText();
    }

    HttpResponse<String> getAsApi(String adminPath) {
        return send(HttpRequest.newBuilder(adminUri(adminPath))
                .header("Authorization", "Bearer " + apiServiceAccountToken())
                .GET());
    }

    HttpResponse<String> postJsonAsApi(String adminPath, String body) {
        return send(HttpRequest.newBuilder(adminUri(adminPath))
                .header("Authorization", "Bearer " + apiServiceAccountToken())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> putJsonAsApi(String adminPath, String body) {
        return send(HttpRequest.newBuilder(adminUri(adminPath))
                .header("Authorization", "Bearer " + apiServiceAccountToken())
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> get(String realmPathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(realmUrl(realmPathAndQuery))).GET());
    }

    /** The login page the SPA sends its users to (authorization code flow with PKCE), in French. */
    String spaLoginPage() {
        return get("/protocol/openid-connect/auth?client_id=" + SPA_CLIENT + "&response_type=code&scope=openid"
                + "&redirect_uri=http%3A%2F%2Flocalhost%3A8080%2F&code_challenge_method=S256"
                + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGEjlmIK5s&ui_locales=fr").body();
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + response.body(), e);
        }
    }

    static JsonNode accessTokenClaims(HttpResponse<String> tokenResponse) {
        String accessToken = json(tokenResponse).path("access_token").asText();
        String payload = accessToken.split("\\.")[1];
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(payload));
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable access token payload", e);
        }
    }

    private URI adminUri(String path) {
        return URI.create(loopbackUrl + "/admin/realms/" + EmbeddedKeycloak.REALM + path);
    }

    private String realmUrl(String path) {
        return loopbackUrl + "/realms/" + EmbeddedKeycloak.REALM + path;
    }

    private static HttpResponse<String> postForm(String url, Map<String, String> fields) {
        String form = fields.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
