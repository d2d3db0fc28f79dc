package fr.passerelle.bootstrap.support;

import fr.passerelle.adapters.keycloak.embedded.EmbeddedKeycloak;
import fr.passerelle.adapters.keycloak.embedded.EmbeddedMailServer;
import fr.passerelle.adapters.persistence.embedded.EmbeddedPostgresServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * The real stack for the end-to-end tests, started once per test run: a fresh PostgreSQL, a mail server, a fresh
 * Keycloak with the Passerelle realm sending its emails to that mail server, and a test signing key published beside
 * the realm's keys so that tests can mint the tokens they need. The mail server and Keycloak listen on ports of their
 * own, so that the tests run beside the run command.
 */
public class EmbeddedStackTestResource implements QuarkusTestResourceLifecycleManager {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private EmbeddedPostgresServer postgres;
    private EmbeddedMailServer mailServer;
    private EmbeddedKeycloak keycloak;

    @Override
    public Map<String, String> start() {
        try {
            Path workDir = Files.createTempDirectory("passerelle-e2e");
            postgres = EmbeddedPostgresServer.start(workDir.resolve("postgres"), 0);
            mailServer = EmbeddedMailServer.start(workDir.resolve("mail-server"), TestStack.SMTP_PORT, TestStack.MAIL_API_PORT);
            TestMailServer.register(this::stopMailServer, () -> startMailServer(workDir));
            keycloak = EmbeddedKeycloak.start(EmbeddedKeycloak.Settings.builder()
                    .httpPort(TestStack.KEYCLOAK_PORT)
                    .dataDirectory(workDir.resolve("keycloak"))
                    .applicationUrl(URI.create(TestStack.APP_URL))
                    .build());
            sendRealmEmailsTo(TestStack.SMTP_PORT);
            KeyPair testKey = writeTestSigningKey();
            Path jwks = workDir.resolve("jwks.json");
            Files.writeString(jwks, withTestKey(realmKeys(), (RSAPublicKey) testKey.getPublic()));

            Map<String, String> config = new HashMap<>();
            config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl());
            config.put("passerelle.demo-data.enabled", "true");
            config.put("mp.jwt.verify.issuer", TestStack.ISSUER);
            config.put("mp.jwt.verify.publickey.location", jwks.toUri().toString());
            config.put("passerelle.spa.keycloak-url", TestStack.KEYCLOAK_URL);
            config.put("passerelle.keycloak.admin.server-url", TestStack.KEYCLOAK_URL);
            config.put("passerelle.keycloak.admin.client-secret", EmbeddedKeycloak.API_CLIENT_SECRET);
            config.put("quarkus.mailer.host", "localhost");
            config.put("quarkus.mailer.port", String.valueOf(TestStack.SMTP_PORT));
            return config;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For the outbox test, which takes the mail server down and brings it back on the same ports. */
    private synchronized void stopMailServer() {
        mailServer.close();
    }

    private synchronized void startMailServer(Path workDir) {
        mailServer = EmbeddedMailServer.start(workDir.resolve("mail-server"), TestStack.SMTP_PORT, TestStack.MAIL_API_PORT);
    }

    private String realmKeys() throws IOException {
        return send(HttpRequest.newBuilder(URI.create(keycloak.jwksUri())).build()).body();
    }

    /** The realm file names the run command's mail server; the test one listens on its own port. */
    private void sendRealmEmailsTo(int smtpPort) throws IOException {
        String adminToken = send(HttpRequest.newBuilder(URI.create(TestStack.KEYCLOAK_URL + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin&password=admin"))
                .build()).body().replaceFirst(".*\"access_token\":\"([^\"]+)\".*", "$1");
        HttpResponse<String> updated = send(HttpRequest.newBuilder(URI.create(TestStack.KEYCLOAK_URL + "/admin/realms/passerelle"))
                .header("Authorization", "Bearer " + adminToken)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("""
                        {"smtpServer": {"host": "localhost", "port": "%d", "from": "no-reply@passerelle.example",
                         "fromDisplayName": "Passerelle"}}
                        """.formatted(smtpPort)))
                .build());
        if (updated.statusCode() != 204) {
            throw new IllegalStateException("Keycloak refused the test mail server: " + updated.statusCode() + " " + updated.body());
        }
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while talking to the test Keycloak", e);
        }
    }

    /** The realm's JWKS with the test key added, so that both real and test tokens verify. */
    private static String withTestKey(String realmJwks, RSAPublicKey testKey) {
        int keysStart = realmJwks.indexOf('[') + 1;
        return realmJwks.substring(0, keysStart) + jwk(testKey) + "," + realmJwks.substring(keysStart);
    }

    private static KeyPair writeTestSigningKey() throws IOException {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keyPair = generator.generateKeyPair();
            Files.createDirectories(TestStack.SIGNING_KEY.getParent());
            Files.writeString(TestStack.SIGNING_KEY, "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder().encodeToString(keyPair.getPrivate().getEncoded())
                    + "\n-----END PRIVATE KEY-----\n");
            return keyPair;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String jwk(RSAPublicKey key) {
        return "{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"" + TestStack.TEST_KEY_ID + "\","
                + "\"n\":\"" + base64Url(key.getModulus()) + "\",\"e\":\"" + base64Url(key.getPublicExponent()) + "\"}";
    }

    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        int leadingZero = bytes.length > 1 && bytes[0] == 0 ? 1 : 0;
        byte[] unsigned = Arrays.copyOfRange(bytes, leadingZero, bytes.length);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(unsigned);
    }

    @Override
    public void stop() {
        if (keycloak != null) {
            keycloak.close();
        }
        if (mailServer != null) {
            mailServer.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }
}
