package fr.passerelle.bootstrap.embedded;

import fr.passerelle.adapters.keycloak.embedded.EmbeddedKeycloak;
import fr.passerelle.adapters.keycloak.embedded.EmbeddedMailServer;
import fr.passerelle.adapters.persistence.embedded.EmbeddedPostgresServer;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * The embedded defaults: a real PostgreSQL, a real Keycloak and a demonstration mail server, started only for what
 * the environment leaves unconfigured, and stopped with the application. In production every URL is given and
 * nothing starts here.
 */
final class EmbeddedDefaults {

    static final String EMBEDDED_KEYCLOAK_FLAG = "passerelle.embedded.keycloak";
    static final int KEYCLOAK_PORT = 8180;
    static final String KEYCLOAK_URL = "http://localhost:" + KEYCLOAK_PORT;
    static final String MAIL_SERVER_API_URL = "http://localhost:" + EmbeddedMailServer.DEFAULT_API_PORT;
    private static final int POSTGRES_PORT = 15432;

    private static final Deque<AutoCloseable> STARTED = new ArrayDeque<>();

    private EmbeddedDefaults() {
    }

    static void startWhatIsNotConfigured() {
        Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedDefaults::stopAll, "passerelle-embedded-shutdown"));
        Path workDir = workDir();
        if (!configured("quarkus.datasource.jdbc.url")) {
            EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(workDir.resolve("postgres-data"), POSTGRES_PORT);
            STARTED.push(postgres);
            setIfAbsent("quarkus.datasource.jdbc.url", postgres.jdbcUrl());
            setIfAbsent("quarkus.datasource.username", EmbeddedPostgresServer.USERNAME);
        }
        if (!configured("mp.jwt.verify.issuer")) {
            // Started with Keycloak only: the embedded realm is what sends to it, and a production Keycloak has an
            // SMTP server of its own.
            EmbeddedMailServer mailServer = EmbeddedMailServer.start(workDir.resolve("mail-server"),
                    EmbeddedMailServer.DEFAULT_SMTP_PORT, EmbeddedMailServer.DEFAULT_API_PORT);
            STARTED.push(mailServer);
            setIfAbsent("quarkus.mailer.host", "localhost");
            setIfAbsent("quarkus.mailer.port", String.valueOf(EmbeddedMailServer.DEFAULT_SMTP_PORT));
            EmbeddedKeycloak keycloak = EmbeddedKeycloak.start(EmbeddedKeycloak.Settings.builder()
                    .httpPort(KEYCLOAK_PORT)
                    .dataDirectory(workDir.resolve("keycloak-data"))
                    .build());
            STARTED.push(keycloak);
            setIfAbsent("mp.jwt.verify.issuer", keycloak.issuer());
            setIfAbsent("mp.jwt.verify.publickey.location", keycloak.jwksUri());
            setIfAbsent("passerelle.spa.keycloak-url", keycloak.baseUrl());
            setIfAbsent("passerelle.keycloak.admin.server-url", keycloak.baseUrl());
            setIfAbsent("passerelle.keycloak.admin.client-secret", EmbeddedKeycloak.API_CLIENT_SECRET);
            // The demo accounts only make sense against the demo realm of the embedded Keycloak.
            setIfAbsent("passerelle.demo-data.enabled", "true");
            System.setProperty(EMBEDDED_KEYCLOAK_FLAG, "true");
        }
    }

    private static Path workDir() {
        return Path.of(System.getProperty("passerelle.work.dir", ".passerelle")).toAbsolutePath();
    }

    private static boolean configured(String property) {
        return System.getProperty(property) != null || System.getenv(environmentName(property)) != null;
    }

    private static void setIfAbsent(String property, String value) {
        if (!configured(property)) {
            System.setProperty(property, value);
        }
    }

    /** The environment variable MicroProfile Config reads for a property: upper case, anything else than a letter or digit as '_'. */
    private static String environmentName(String property) {
        return property.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    private static synchronized void stopAll() {
        while (!STARTED.isEmpty()) {
            try {
                STARTED.pop().close();
            } catch (Exception e) {
                System.err.println("An embedded service did not stop cleanly: " + e.getMessage());
            }
        }
    }
}
