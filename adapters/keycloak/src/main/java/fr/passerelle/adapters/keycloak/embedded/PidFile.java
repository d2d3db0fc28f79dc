package fr.passerelle.adapters.keycloak.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The processes of an instance, recorded in its data directory so that the next start can stop them when the
 * previous JVM died without stopping Keycloak (SIGKILL, crash).
 */
final class PidFile {

    private static final System.Logger LOG = System.getLogger(PidFile.class.getName());

    private final Path path;

    PidFile(Path path) {
        this.path = path;
    }

    /** Records the root and its current descendants: Keycloak's JVM survives if only {@code kc.sh} gets killed. */
    void record(ProcessHandle root) {
        List<String> pids = ProcessTree.of(root).stream().map(process -> String.valueOf(process.pid())).toList();
        try {
            Files.write(path, pids, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + path, e);
        }
    }

    /**
     * Stops the recorded processes still alive. A pid may have been reused by an unrelated process since, so only
     * the processes whose command line contains {@code ownershipMarker} are stopped.
     */
    void terminateLeftovers(String ownershipMarker, Duration gracePeriod) {
        if (!Files.exists(path)) {
            return;
        }
        recordedPids().stream()
                .map(ProcessHandle::of)
                .flatMap(Optional::stream)
                .filter(ProcessHandle::isAlive)
                .filter(process -> commandLineContains(process, ownershipMarker))
                .forEach(leftover -> {
                    LOG.log(System.Logger.Level.WARNING,
                            "Stopping process {0} left over by a previous run ({1})",
                            String.valueOf(leftover.pid()), path);
                    ProcessTree.terminate(leftover, gracePeriod);
                });
        delete();
    }

    void delete() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + path, e);
        }
    }

    private static boolean commandLineContains(ProcessHandle process, String text) {
        return process.info().commandLine().filter(commandLine -> commandLine.contains(text)).isPresent();
    }

    private List<Long> recordedPids() {
        try {
            return Files.readAllLines(path, StandardCharsets.UTF_8).stream()
                    .map(String::strip)
                    .filter(line -> line.matches("\\d+"))
                    .map(Long::valueOf)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }
}
