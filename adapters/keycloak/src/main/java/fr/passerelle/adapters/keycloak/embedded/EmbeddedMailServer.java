package fr.passerelle.adapters.keycloak.embedded;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

/**
 * A demonstration mail server, GreenMail standalone, run from the jar copied by the Maven build as a child process:
 * it accepts every message sent to its SMTP port and shows them through its REST API, so that the emails of the
 * embedded Keycloak (and later of Passerelle) can be read without a real mailbox. It lives next to the embedded
 * Keycloak because Keycloak is what sends through it and because it reuses the same process helpers.
 *
 * <p>Both ports are bound on 127.0.0.1 only. Linux and macOS only, like the embedded Keycloak.
 */
public final class EmbeddedMailServer implements AutoCloseable {

    public static final int DEFAULT_SMTP_PORT = 3025;
    public static final int DEFAULT_API_PORT = 8025;

    static final String PID_FILE = "mail-server.pid";
    private static final String LOG_FILE = "mail-server.log";

    private static final System.Logger LOG = System.getLogger(EmbeddedMailServer.class.getName());
    private static final String BUILD_PROPERTIES = "/keycloak/embedded-mail-server.properties";
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration GRACEFUL_STOP_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration READINESS_POLL_INTERVAL = Duration.ofMillis(200);

    private final int smtpPort;
    private final int apiPort;
    private final Path dataDirectory;
    private final Process process;
    private final PidFile pidFile;
    private final Thread shutdownHook;
    private boolean stopped;

    private EmbeddedMailServer(int smtpPort, int apiPort, Path dataDirectory, Process process, PidFile pidFile) {
        this.smtpPort = smtpPort;
        this.apiPort = apiPort;
        this.dataDirectory = dataDirectory;
        this.process = process;
        this.pidFile = pidFile;
        this.shutdownHook = new Thread(this::stop, "embedded-mail-server-" + smtpPort + "-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts GreenMail from the jar in {@code passerelle.work.dir} and returns once its SMTP port accepts
     * connections and its API answers.
     *
     * @param dataDirectory owned by this instance: its log and pid file (the messages are kept in memory only)
     * @throws IllegalStateException if the jar is missing, a port is taken, or GreenMail does not start in time
     */
    public static EmbeddedMailServer start(Path dataDirectory, int smtpPort, int apiPort) {
        Path jar = defaultJar();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No GreenMail jar at " + jar
                    + ": run ./mvnw install (or ./mvnw -f adapters/keycloak/pom.xml generate-resources) first,"
                    + " it copies it there.");
        }
        Path directory = dataDirectory.toAbsolutePath().normalize();
        createDirectories(directory);
        PidFile pidFile = new PidFile(directory.resolve(PID_FILE));
        // The jar path alone would also match the mail server of another data directory.
        pidFile.terminateLeftovers(apiPortOption(apiPort), GRACEFUL_STOP_TIMEOUT);
        LocalService.requirePortIsFree(smtpPort, "the mail server");
        LocalService.requirePortIsFree(apiPort, "the mail server");

        Process process = launch(jar, directory, smtpPort, apiPort);
        pidFile.record(process.toHandle());
        EmbeddedMailServer server = new EmbeddedMailServer(smtpPort, apiPort, directory, process, pidFile);
        try {
            server.awaitReadiness();
        } catch (RuntimeException | Error e) {
            server.close();
            throw e;
        }
        LOG.log(System.Logger.Level.INFO, "Mail server ready: SMTP on {0}:{1}, inbox at {2} (log: {3})",
                LocalService.LOOPBACK_ADDRESS, String.valueOf(smtpPort), server.apiUrl(), server.logFile());
        return server;
    }

    public int smtpPort() {
        return smtpPort;
    }

    /** {@code http://localhost:<api port>}: GET {@code /api/user/<email>/messages} lists a mailbox. */
    public String apiUrl() {
        return "http://localhost:" + apiPort;
    }

    public Path logFile() {
        return dataDirectory.resolve(LOG_FILE);
    }

    ProcessHandle process() {
        return process.toHandle();
    }

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

    private static String apiPortOption(int apiPort) {
        return "-Dgreenmail.api.port=" + apiPort;
    }

    private static Process launch(Path jar, Path dataDirectory, int smtpPort, int apiPort) {
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // Explicit protocol settings rather than greenmail.setup.test.smtp, whose port is fixed at 3025.
                "-Dgreenmail.smtp.hostname=" + LocalService.LOOPBACK_ADDRESS,
                "-Dgreenmail.smtp.port=" + smtpPort,
                "-Dgreenmail.api.hostname=" + LocalService.LOOPBACK_ADDRESS,
                apiPortOption(apiPort),
                "-jar", jar.toString())
                .directory(dataDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dataDirectory.resolve(LOG_FILE).toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run GreenMail from " + jar, e);
        }
    }

    private void awaitReadiness() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest readiness = HttpRequest.newBuilder(URI.create(
                        "http://" + LocalService.LOOPBACK_ADDRESS + ":" + apiPort + "/api/service/readiness"))
                .timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        try {
            while (!(acceptsConnections(smtpPort) && LocalService.answersOk(client, readiness))) {
                if (!process.isAlive()) {
                    throw startupFailure("GreenMail exited with code " + process.exitValue() + " while starting");
                }
                if (System.nanoTime() - deadline > 0) {
                    throw startupFailure("GreenMail did not answer within " + STARTUP_TIMEOUT.toSeconds() + " s");
                }
                Thread.sleep(READINESS_POLL_INTERVAL.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for GreenMail to start", e);
        }
    }

    private static boolean acceptsConnections(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(LocalService.LOOPBACK_ADDRESS, port), 1000);
            return true;
        } catch (IOException notListeningYet) {
            return false;
        }
    }

    private IllegalStateException startupFailure(String reason) {
        return new IllegalStateException(reason + " (SMTP port " + smtpPort + ", API port " + apiPort
                + "). Last lines of " + logFile() + ":\n" + LocalService.logTail(logFile()));
    }

    private static Path defaultJar() {
        try (InputStream in = EmbeddedMailServer.class.getResourceAsStream(BUILD_PROPERTIES)) {
            if (in == null) {
                throw new IllegalStateException(BUILD_PROPERTIES + " is missing from the classpath");
            }
            Properties properties = new Properties();
            properties.load(in);
            return KeycloakDistribution.workDirectory().resolve(properties.getProperty("jar"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + BUILD_PROPERTIES, e);
        }
    }

    private static void createDirectories(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + directory, e);
        }
    }
}
