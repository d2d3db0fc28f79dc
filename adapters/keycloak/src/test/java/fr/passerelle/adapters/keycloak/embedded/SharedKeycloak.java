package fr.passerelle.adapters.keycloak.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Keycloak of the test run (public for the identity provider tests, which start it from a Quarkus test resource): port 8181, so that it can run beside the run command's, and a fresh data directory
 * under target/ (kept after the run for its log). Started on first use, stopped when the run ends.
 */
public final class SharedKeycloak implements AutoCloseable {

    public static final int PORT = 8181;

    private final Path dataDirectory;
    private EmbeddedKeycloak running;

    public SharedKeycloak() {
        try {
            Files.createDirectories(Path.of("target"));
            dataDirectory = Files.createTempDirectory(Path.of("target"), "keycloak-test-").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The running instance, started (again) on the same data directory if needed. */
    public synchronized EmbeddedKeycloak current() {
        if (running == null) {
            running = EmbeddedKeycloak.start(EmbeddedKeycloak.Settings.builder()
                    .httpPort(PORT)
                    .dataDirectory(dataDirectory)
                    .build());
        }
        return running;
    }

    synchronized void stop() {
        if (running != null) {
            running.close();
            running = null;
        }
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public void close() {
        stop();
    }
}
