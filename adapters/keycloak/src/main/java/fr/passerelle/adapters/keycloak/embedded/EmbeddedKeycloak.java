package fr.passerelle.adapters.keycloak.embedded;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A Keycloak server serving the Passerelle realm, run from the distribution unpacked by the Maven build as a child
 * process ({@code kc.sh start-dev}), for the run command and the tests.
 *
 * <p>Several instances can run at once from the same distribution: each one has its own port and its own data
 * directory (H2 database, transaction logs, realm to import, log file, pid file). The realm is imported only when it
 * does not exist yet in the data directory, so a change to the realm file needs a fresh data directory.
 *
 * <p>Tokens always carry the issuer {@code http://localhost:<port>/realms/passerelle}, whatever URL they were
 * requested through. Linux and macOS only ({@code kc.sh}).
 */
public final class EmbeddedKeycloak implements AutoCloseable {

    public static final String REALM = "passerelle";
    /** The secret of the confidential client {@code passerelle-api} in the realm file: known to all, embedded use only. */
    public static final String API_CLIENT_SECRET = "passerelle-api-dev-secret";

    static final String PID_FILE = "keycloak.pid";
    private static final String LOG_FILE = "keycloak.log";
    private static final String PREVIOUS_LOG_FILE = "keycloak.previous.log";

    private static final System.Logger LOG = System.getLogger(EmbeddedKeycloak.class.getName());
    private static final String REALM_RESOURCE = "/keycloak/passerelle-realm.json";
    private static final String REALM_FILE_NAME = REALM + "-realm.json";
    /** The realm's login theme, copied into the distribution's themes directory at each start. */
    private static final String LOGIN_THEME_RESOURCE = "/keycloak/theme/passerelle/login/";
    private static final List<String> LOGIN_THEME_FILES = List.of("theme.properties", "login.ftl",
            "messages/messages_fr.properties", "messages/messages_en.properties");
    private static final Duration GRACEFUL_STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration READINESS_POLL_INTERVAL = Duration.ofMillis(500);

    // kc.sh or Keycloak read these: an instance must not depend on the shell it was started from (DEBUG=true, for
    // instance, would make every instance listen for a debugger on the same port).
    private static final Set<String> INHERITED_VARIABLES_TO_DROP =
            Set.of("JAVA_OPTS", "DEBUG", "DEBUG_PORT", "DEBUG_SUSPEND");
    private static final List<String> INHERITED_VARIABLE_PREFIXES_TO_DROP = List.of("KC_", "QUARKUS_");

    private final int httpPort;
    private final Path dataDirectory;
    private final Process process;
    private final PidFile pidFile;
    private final Thread shutdownHook;
    private boolean stopped;

    private EmbeddedKeycloak(int httpPort, Path dataDirectory, Process process, PidFile pidFile) {
        this.httpPort = httpPort;
        this.dataDirectory = dataDirectory;
        this.process = process;
        this.pidFile = pidFile;
        this.shutdownHook = new Thread(this::stop, "embedded-keycloak-" + httpPort + "-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts Keycloak and returns once the Passerelle realm answers.
     *
     * @throws IllegalStateException if the distribution is missing, the port is taken, or Keycloak does not start
     *                               within {@link Settings#startupTimeout()} (the message ends with Keycloak's log)
     */
    public static EmbeddedKeycloak start(Settings settings) {
        KeycloakDistribution distribution = KeycloakDistribution.at(settings.keycloakHome());
        Path dataDirectory = settings.dataDirectory().toAbsolutePath().normalize();
        createDirectories(dataDirectory);
        PidFile pidFile = new PidFile(dataDirectory.resolve(PID_FILE));
        pidFile.terminateLeftovers(databaseUrl(dataDirectory), GRACEFUL_STOP_TIMEOUT);
        LocalService.requirePortIsFree(settings.httpPort(), "the embedded Keycloak");
        Path importDirectory = copyRealmForImport(settings.realmDefinition(), dataDirectory);
        keepPreviousLog(dataDirectory);

        long startedAt = System.nanoTime();
        try (KeycloakDistribution.ExclusiveStartup startup = distribution.exclusiveStartup()) {
            installLoginTheme(distribution.home());
            Process process = launch(distribution, settings, dataDirectory, importDirectory);
            pidFile.record(process.toHandle());
            EmbeddedKeycloak keycloak = new EmbeddedKeycloak(settings.httpPort(), dataDirectory, process, pidFile);
            try {
                keycloak.awaitReadiness(settings.startupTimeout());
                pidFile.record(keycloak.process.toHandle());
            } catch (RuntimeException | Error e) {
                keycloak.close();
                throw e;
            }
            LOG.log(System.Logger.Level.INFO, "Keycloak ready at {0} in {1} s (log: {2})", keycloak.baseUrl(),
                    String.valueOf(Duration.ofNanos(System.nanoTime() - startedAt).toSeconds()), keycloak.logFile());
            return keycloak;
        }
    }

    /** {@code http://localhost:<port>}, the fixed public URL of this instance. */
    public String baseUrl() {
        return "http://localhost:" + httpPort;
    }

    public String issuer() {
        return baseUrl() + "/realms/" + REALM;
    }

    public String jwksUri() {
        return issuer() + "/protocol/openid-connect/certs";
    }

    public String tokenEndpoint() {
        return issuer() + "/protocol/openid-connect/token";
    }

    public int httpPort() {
        return httpPort;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public Path logFile() {
        return dataDirectory.resolve(LOG_FILE);
    }

    ProcessHandle process() {
        return process.toHandle();
    }

    /** Stops Keycloak's whole process tree and waits for it to exit (killing it if it does not stop in time). */
    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException jvmShuttingDown) {
            // The hook is running or about to, and stopping is idempotent.
        }
    }

    private synchronized void stop() {
        if (stopped) {
            return;
        }
        ProcessTree.terminate(process.toHandle(), GRACEFUL_STOP_TIMEOUT);
        pidFile.delete();
        stopped = true;
    }

    /** The database URL is unique to an instance, so it also identifies the processes of this instance. */
    static String databaseUrl(Path dataDirectory) {
        // Keycloak adds these H2 settings to its own default URL only: VALUE is a Keycloak column name, and the
        // database must be closed by Keycloak's shutdown rather than by H2's own JVM hook.
        return "jdbc:h2:file:" + dataDirectory.resolve("h2").resolve("keycloakdb")
                + ";NON_KEYWORDS=VALUE;DB_CLOSE_ON_EXIT=FALSE";
    }

    private static Process launch(KeycloakDistribution distribution, Settings settings, Path dataDirectory,
                                  Path importDirectory) {
        int port = settings.httpPort();
        ProcessBuilder builder = new ProcessBuilder(
                "/bin/sh", distribution.launchScript().toString(), "start-dev",
                "--http-host=" + LocalService.LOOPBACK_ADDRESS,
                "--http-port=" + port,
                "--hostname=http://localhost:" + port,
                "--db-url=" + databaseUrl(dataDirectory),
                // All --import-realm does is set this property to <home>/data/import, a directory shared by all
                // instances: setting it directly gives each instance its own.
                "-Dkeycloak.migration.dir=" + importDirectory,
                // Otherwise under <home>/data, shared by all instances.
                "-Dquarkus.transaction-manager.object-store.directory=" + dataDirectory.resolve("transaction-logs"))
                .directory(distribution.home().toFile())
                .redirectErrorStream(true)
                .redirectOutput(dataDirectory.resolve(LOG_FILE).toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> INHERITED_VARIABLES_TO_DROP.contains(name)
                || INHERITED_VARIABLE_PREFIXES_TO_DROP.stream().anyMatch(name::startsWith));
        environment.put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        environment.put("PASSERELLE_APP_URL", settings.applicationUrl().toString());
        environment.put("KC_BOOTSTRAP_ADMIN_USERNAME", settings.adminUsername());
        environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", settings.adminPassword());
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + distribution.launchScript(), e);
        }
    }

    private void awaitReadiness(Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest realmDiscovery = HttpRequest.newBuilder(URI.create(
                        "http://" + LocalService.LOOPBACK_ADDRESS + ":" + httpPort + "/realms/" + REALM
                                + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (!LocalService.answersOk(client, realmDiscovery)) {
                if (!process.isAlive()) {
                    throw startupFailure("Keycloak exited with code " + process.exitValue() + " while starting");
                }
                if (System.nanoTime() - deadline > 0) {
                    throw startupFailure("Keycloak did not serve the realm " + REALM + " within "
                            + timeout.toSeconds() + " s");
                }
                Thread.sleep(READINESS_POLL_INTERVAL.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Keycloak to start", e);
        }
    }

    private IllegalStateException startupFailure(String reason) {
        return new IllegalStateException(reason + " (port " + httpPort + ", data in " + dataDirectory
                + "). Last lines of " + logFile() + ":\n" + LocalService.logTail(logFile()));
    }

    private static Path copyRealmForImport(URI realmDefinition, Path dataDirectory) {
        Path importDirectory = dataDirectory.resolve("import");
        createDirectories(importDirectory);
        // Keycloak's directory import only picks files named <realm>-realm.json.
        Path target = importDirectory.resolve(REALM_FILE_NAME);
        try (InputStream in = realmDefinition.toURL().openStream()) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy the realm " + realmDefinition + " to " + target, e);
        }
        return importDirectory;
    }

    private static void installLoginTheme(Path keycloakHome) {
        Path themeDirectory = keycloakHome.resolve("themes").resolve("passerelle").resolve("login");
        for (String file : LOGIN_THEME_FILES) {
            Path target = themeDirectory.resolve(file);
            createDirectories(target.getParent());
            try (InputStream in = EmbeddedKeycloak.class.getResourceAsStream(LOGIN_THEME_RESOURCE + file)) {
                Files.copy(Objects.requireNonNull(in, LOGIN_THEME_RESOURCE + file), target, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot install the login theme file " + target, e);
            }
        }
    }

    /** The previous run's log often explains why it stopped; older ones are dropped so the directory stays small. */
    private static void keepPreviousLog(Path dataDirectory) {
        Path log = dataDirectory.resolve(LOG_FILE);
        try {
            if (Files.exists(log)) {
                Files.move(log, dataDirectory.resolve(PREVIOUS_LOG_FILE), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot rename " + log, e);
        }
    }

    private static void createDirectories(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + directory, e);
        }
    }

    /**
     * How to run an instance; {@link #builder()} starts from the values of the run command.
     *
     * @param keycloakHome      the unpacked distribution
     * @param httpPort          bound on 127.0.0.1 only
     * @param dataDirectory     owned by this instance, kept between runs
     * @param adminUsername     of the master realm's bootstrap administrator, created with the database
     * @param adminPassword     of the master realm's bootstrap administrator, for local use only
     * @param realmDefinition   the realm JSON imported when the realm does not exist yet
     * @param startupTimeout    how long to wait for the realm to answer
     * @param applicationUrl    where Passerelle answers: the login page links to its registration and identifier
     *                          reminder pages
     */
    public record Settings(Path keycloakHome, int httpPort, Path dataDirectory, String adminUsername,
                           String adminPassword, URI realmDefinition, Duration startupTimeout, URI applicationUrl) {

        public static final int DEFAULT_HTTP_PORT = 8180;

        public Settings {
            Objects.requireNonNull(keycloakHome, "keycloakHome");
            Objects.requireNonNull(dataDirectory, "dataDirectory");
            Objects.requireNonNull(adminUsername, "adminUsername");
            Objects.requireNonNull(adminPassword, "adminPassword");
            Objects.requireNonNull(realmDefinition, "realmDefinition");
            Objects.requireNonNull(startupTimeout, "startupTimeout");
            Objects.requireNonNull(applicationUrl, "applicationUrl");
            if (httpPort < 1 || httpPort > 65535) {
                throw new IllegalArgumentException("Invalid HTTP port: " + httpPort);
            }
        }

        /**
         * Defaults: the distribution and {@code keycloak-data} under {@code passerelle.work.dir} (system property,
         * else {@code ./.passerelle}), port {@value #DEFAULT_HTTP_PORT}, admin/admin, the Passerelle realm of this
         * module, 180 s to start, Passerelle at {@code http://localhost:8080}.
         */
        public static Builder builder() {
            return new Builder();
        }

        public static final class Builder {

            private Path keycloakHome;
            private int httpPort = DEFAULT_HTTP_PORT;
            private Path dataDirectory;
            private String adminUsername = "admin";
            private String adminPassword = "admin";
            private URI realmDefinition;
            private Duration startupTimeout = Duration.ofSeconds(180);
            private URI applicationUrl = URI.create("http://localhost:8080");

            private Builder() {
            }

            public Builder keycloakHome(Path keycloakHome) {
                this.keycloakHome = keycloakHome;
                return this;
            }

            public Builder httpPort(int httpPort) {
                this.httpPort = httpPort;
                return this;
            }

            public Builder dataDirectory(Path dataDirectory) {
                this.dataDirectory = dataDirectory;
                return this;
            }

            public Builder admin(String username, String password) {
                this.adminUsername = username;
                this.adminPassword = password;
                return this;
            }

            public Builder realmFile(Path realmFile) {
                this.realmDefinition = realmFile.toUri();
                return this;
            }

            public Builder startupTimeout(Duration startupTimeout) {
                this.startupTimeout = startupTimeout;
                return this;
            }

            public Builder applicationUrl(URI applicationUrl) {
                this.applicationUrl = applicationUrl;
                return this;
            }

            public Settings build() {
                return new Settings(
                        keycloakHome != null ? keycloakHome : KeycloakDistribution.defaultHome(),
                        httpPort,
                        dataDirectory != null ? dataDirectory : defaultDataDirectory(),
                        adminUsername,
                        adminPassword,
                        realmDefinition != null ? realmDefinition : passerelleRealm(),
                        startupTimeout,
                        applicationUrl);
            }

            private static Path defaultDataDirectory() {
                return KeycloakDistribution.workDirectory().resolve("keycloak-data");
            }

            private static URI passerelleRealm() {
                URL resource = EmbeddedKeycloak.class.getResource(REALM_RESOURCE);
                if (resource == null) {
                    throw new IllegalStateException(REALM_RESOURCE + " is missing from the classpath");
                }
                try {
                    return resource.toURI();
                } catch (URISyntaxException e) {
                    throw new IllegalStateException("Unexpected resource URL " + resource, e);
                }
            }
        }
    }
}
