package fr.passerelle.bootstrap.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The test mail server's inbox of one address, read through GreenMail's API, and the links Keycloak sends there. */
public final class Mailbox {

    private static final Pattern ACTION_LINK = Pattern.compile("(" + Pattern.quote(TestStack.KEYCLOAK_URL)
            + "/realms/passerelle/login-actions/action-token\\?[^\"'\\s<>\\\\]+)");
    private static final HttpClient MAIL_API = HttpClient.newHttpClient();

    private Mailbox() {
    }

    /** The link of the last email Keycloak sent to this address, waiting a few seconds for it to arrive. */
    public static String actionLink(String email) {
        Instant deadline = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(deadline)) {
            Optional<String> link = lastLink(get(URI.create(TestStack.MAIL_API_URL + "/api/user/" + email + "/messages/INBOX")));
            if (link.isPresent()) {
                return link.get();
            }
            pause();
        }
        throw new AssertionError("No email with a Keycloak link reached " + email);
    }

    /**
     * Marks the email of this user verified, as following the emailed link does. RegistrationFlowBrowserTest follows
     * the real link in a browser; a plain HTTP client got Keycloak's "confirm" page back again instead of the
     * verification (its login-session cookies did not come back), so the API tests set the flag through the admin API
     * once the email has arrived.
     */
    public static void verifyAsIfTheLinkWereFollowed(String email) {
        actionLink(email);
        String id = RealmAdmin.admin().queryParam("email", email).queryParam("exact", true).get(RealmAdmin.USERS)
                .then().statusCode(200).extract().path("[0].id");
        RealmAdmin.admin().contentType("application/json")
                .body(Map.of("email", email, "emailVerified", true, "requiredActions", List.of()))
                .put(RealmAdmin.USERS + "/" + id).then().statusCode(204);
    }

    /**
     * Quoted-printable bodies cut lines with a trailing '=' and write '=' as '=3D'; the API's JSON escapes the line
     * ends, which is why a link stops at a backslash.
     */
    private static Optional<String> lastLink(String messages) {
        String decoded = messages.replace("=\\r\\n", "").replace("=\r\n", "").replace("=3D", "=").replace("\\u0026", "&")
                .replace("&amp;", "&");
        Matcher matcher = ACTION_LINK.matcher(decoded);
        String last = null;
        while (matcher.find()) {
            last = matcher.group(1);
        }
        return Optional.ofNullable(last);
    }

    private static String get(URI uri) {
        try {
            return MAIL_API.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new IllegalStateException("Could not read " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
