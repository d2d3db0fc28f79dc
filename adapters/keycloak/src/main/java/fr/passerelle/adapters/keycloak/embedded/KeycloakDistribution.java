package fr.passerelle.adapters.keycloak.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;

/** The official Keycloak distribution unpacked by the Maven build, shared by every embedded instance. */
final class KeycloakDistribution {

    private static final String WORK_DIRECTORY_PROPERTY = "passerelle.work.dir";
    private static final String DEFAULT_WORK_DIRECTORY = ".passerelle";
    private static final String BUILD_PROPERTIES = "/keycloak/embedded-keycloak.properties";
    private static final String STARTUP_LOCK_FILE = ".passerelle-startup.lock";

    // A file lock is held per JVM, not per thread: two starts in one JVM must also wait for each other.
    private static final ReentrantLock STARTUP_LOCK_IN_THIS_JVM = new ReentrantLock();

    private final Path home;

    private KeycloakDistribution(Path home) {
        this.home = home;
    }

    static KeycloakDistribution at(Path home) {
        Path absoluteHome = home.toAbsolutePath().normalize();
        if (!Files.isRegularFile(absoluteHome.resolve("bin/kc.sh"))
                || !Files.isRegularFile(absoluteHome.resolve("lib/quarkus-run.jar"))) {
            throw new IllegalStateException("No Keycloak distribution in " + absoluteHome
                    + ": run ./mvnw install (or ./mvnw -f adapters/keycloak/pom.xml generate-resources) first,"
                    + " it downloads and unpacks Keycloak there.");
        }
        return new KeycloakDistribution(absoluteHome);
    }

    static Path defaultHome() {
        return workDirectory().resolve(buildProperties().getProperty("distribution.directory"));
    }

    static Path workDirectory() {
        return Path.of(System.getProperty(WORK_DIRECTORY_PROPERTY, DEFAULT_WORK_DIRECTORY))
                .toAbsolutePath()
                .normalize();
    }

    Path home() {
        return home;
    }

    Path launchScript() {
        return home.resolve("bin/kc.sh");
    }

    /**
     * Serializes the startups that share this distribution, across JVMs: the first {@code start-dev} after unpacking
     * rewrites {@code lib/quarkus} (Keycloak re-augments itself for the dev profile), which a concurrent start would
     * read half-written.
     */
    ExclusiveStartup exclusiveStartup() {
        STARTUP_LOCK_IN_THIS_JVM.lock();
        try {
            return new ExclusiveStartup(openLockedStartupFile());
        } catch (RuntimeException e) {
            STARTUP_LOCK_IN_THIS_JVM.unlock();
            throw e;
        }
    }

    private FileChannel openLockedStartupFile() {
        Path lockFile = home.resolve(STARTUP_LOCK_FILE);
        try {
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                channel.lock();
                return channel;
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lock " + lockFile, e);
        }
    }

    private static Properties buildProperties() {
        try (InputStream in = KeycloakDistribution.class.getResourceAsStream(BUILD_PROPERTIES)) {
            if (in == null) {
                throw new IllegalStateException(BUILD_PROPERTIES + " is missing from the classpath");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + BUILD_PROPERTIES, e);
        }
    }

    static final class ExclusiveStartup implements AutoCloseable {

        private final FileChannel lockedFile;

        private ExclusiveStartup(FileChannel lockedFile) {
            this.lockedFile = lockedFile;
        }

        @Override
        public void close() {
            try {
                // Closing the channel releases its file lock.
                lockedFile.close();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot release the Keycloak startup lock", e);
            } finally {
                STARTUP_LOCK_IN_THIS_JVM.unlock();
            }
        }
    }
}
