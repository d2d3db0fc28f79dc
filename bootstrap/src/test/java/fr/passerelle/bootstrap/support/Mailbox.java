package fr.passerelle.bootstrap.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The test mail server's inbox of one address, read through GreenMail's API, and the links Keycloak sends there. */
public final class Mailbox {

    private static final Pattern ACTION_LINK = Pattern.compile("(" + Pattern.quote(TestStack.KEYCLOAK_URL)
            + "/realms/passerelle/login-actions/action-token\\?[^\"'\\s<>]+)");
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
     * Follows the verification link as a browser would; Keycloak first asks to confirm when the link is opened
     * outside the login session that asked for it, so that confirmation is followed too.
     */
    public static void followVerificationLink(String email) {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String page = send(browser, URI.create(actionLink(email)));
        Matcher confirmation = ACTION_LINK.matcher(page.replace("&amp;", "&"));
        if (confirmation.find()) {
            page = send(browser, URI.create(confirmation.group(1)));
        }
        if (!page.contains("vérifiée") && !page.contains("verified")) {
            throw new AssertionError("Keycloak did not confirm the verification of " + email + ":\n" + page);
        }
    }

    /** Quoted-printable bodies cut lines with a trailing '=' and write '=' as '=3D'. */
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
        return send(MAIL_API, uri);
    }

    private static String send(HttpClient client, URI uri) {
        try {
            return client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
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
