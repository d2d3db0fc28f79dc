package fr.passerelle.adapters.keycloak.embedded;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded Keycloak sends its emails to the embedded mail server, which shows them through its API. Its own
 * Keycloak and mail server, on ports of their own, so that it runs beside the run command and the shared test
 * Keycloak.
 */
class EmbeddedMailServerTest {

    private static final int KEYCLOAK_PORT = 8183;
    private static final int SMTP_PORT = 3125;
    private static final int API_PORT = 8125;
    private static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static EmbeddedMailServer mailServer;
    private static EmbeddedKeycloak keycloak;
    private static JsonNode importedSmtpServer;
    private static final List<ProcessHandle> PROCESSES = new ArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        Files.createDirectories(Path.of("target"));
        Path dataDirectory = Files.createTempDirectory(Path.of("target"), "mail-test-").toAbsolutePath();
        mailServer = EmbeddedMailServer.start(dataDirectory.resolve("mail-server"), SMTP_PORT, API_PORT);
        PROCESSES.addAll(ProcessTree.of(mailServer.process()));
        keycloak = EmbeddedKeycloak.start(EmbeddedKeycloak.Settings.builder()
                .httpPort(KEYCLOAK_PORT)
                .dataDirectory(dataDirectory.resolve("keycloak-data"))
                .build());
        PROCESSES.addAll(ProcessTree.of(keycloak.process()));
        OpenIdClient client = new OpenIdClient(keycloak);
        importedSmtpServer = OpenIdClient.json(client.getAsAdministrator("")).path("smtpServer");
        // The realm file names the run command's port; this test's mail server listens on its own.
        HttpResponse<String> redirected = client.putJsonAsAdministrator("", """
                {"smtpServer": {"host": "localhost", "port": "%d", "from": "no-reply@passerelle.example",
                 "fromDisplayName": "Passerelle"}}
                """.formatted(SMTP_PORT));
        assertThat(redirected.statusCode()).as(redirected.body()).isEqualTo(204);
    }

    @AfterAll
    static void stop() {
        if (keycloak != null) {
            keycloak.close();
        }
        if (mailServer != null) {
            mailServer.close();
        }
        assertThat(PROCESSES).noneMatch(ProcessHandle::isAlive);
        assertThat(List.of(KEYCLOAK_PORT, SMTP_PORT, API_PORT)).noneMatch(EmbeddedMailServerTest::isListening);
    }

    @Test
    void keycloak_sends_the_execute_actions_email_of_a_demo_user_to_the_mail_server() {
        assertThat(importedSmtpServer.path("host").asText()).isEqualTo("localhost");
        assertThat(importedSmtpServer.path("port").asText()).isEqualTo(String.valueOf(EmbeddedMailServer.DEFAULT_SMTP_PORT));
        assertThat(importedSmtpServer.path("from").asText()).isEqualTo("no-reply@passerelle.example");

        OpenIdClient client = new OpenIdClient(keycloak);
        HttpResponse<String> sent = client.putJsonAsApi(
                "/users/" + DemoUser.EMPLOYEUR.id + "/execute-actions-email", "[\"UPDATE_PASSWORD\"]");
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(204);

        JsonNode message = awaitMessage(DemoUser.EMPLOYEUR.email);
        String mimeMessage = message.path("mimeMessage").asText();
        assertThat(mimeMessage).contains("To: " + DemoUser.EMPLOYEUR.email);
        assertThat(mimeMessage).contains("From: Passerelle <no-reply@passerelle.example>");
        assertThat(withoutSoftLineBreaks(mimeMessage))
                .contains(keycloak.issuer() + "/login-actions/action-token?key=");
    }

    /**
     * "Mot de passe oublié" is Keycloak's own flow, enabled in the realm: the login page links to it, and it mails the
     * same kind of single-use, time-limited action link as the test above.
     */
    @Test
    void the_login_page_offers_the_forgotten_password_flow() {
        String loginPage = new OpenIdClient(keycloak).spaLoginPage();

        assertThat(loginPage).contains("/login-actions/reset-credentials?client_id=passerelle-spa").contains("Mot de passe oublié");
    }

    private static JsonNode awaitMessage(String email) {
        HttpRequest inbox = HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + API_PORT + "/api/user/" + email + "/messages/INBOX")).build();
        long deadline = System.nanoTime() + DELIVERY_TIMEOUT.toNanos();
        while (true) {
            HttpResponse<String> response = send(inbox);
            if (response.statusCode() == 200) {
                JsonNode messages = OpenIdClient.json(response);
                if (messages.size() > 0) {
                    assertThat(messages).hasSize(1);
                    return messages.get(0);
                }
            }
            assertThat(System.nanoTime() - deadline)
                    .as("no message for %s within %s (last answer: %s %s)", email, DELIVERY_TIMEOUT,
                            response.statusCode(), response.body())
                    .isNegative();
            sleep(Duration.ofMillis(500));
        }
    }

    /** Quoted-printable cuts long lines, links included, with "=" at the end of a line, and escapes "=" as "=3D". */
    private static String withoutSoftLineBreaks(String mimeMessage) {
        return mimeMessage.replace("=\r\n", "").replace("=3D", "=");
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
