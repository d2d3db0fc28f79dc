package fr.passerelle.adapters.keycloak.embedded;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The checks made before launching Keycloak, so no Keycloak runs here. */
class EmbeddedKeycloakStartupChecksTest {

    @TempDir
    Path dataDirectory;

    @Test
    void a_missing_distribution_is_reported_with_the_command_that_fetches_it(@TempDir Path emptyHome) {
        EmbeddedKeycloak.Settings settings = EmbeddedKeycloak.Settings.builder()
                .keycloakHome(emptyHome)
                .dataDirectory(dataDirectory)
                .build();

        assertThatThrownBy(() -> EmbeddedKeycloak.start(settings))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(emptyHome.toString())
                .hasMessageContaining("./mvnw install");
    }

    @Test
    void a_port_in_use_is_reported_by_its_number() throws IOException {
        try (ServerSocket occupant = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = occupant.getLocalPort();

            assertThatThrownBy(() -> EmbeddedKeycloak.start(settingsOnPort(port)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Port " + port);
        }
    }

    @Test
    void processes_left_over_by_a_killed_run_are_stopped_but_not_a_process_that_reused_a_recorded_pid()
            throws IOException {
        Process leftover = sleeperWithCommandLineMentioning(EmbeddedKeycloak.databaseUrl(dataDirectory));
        Process unrelated = sleeperWithCommandLineMentioning("something else");
        List<ProcessHandle> leftoverTree = ProcessTree.of(leftover.toHandle());
        Files.write(dataDirectory.resolve(EmbeddedKeycloak.PID_FILE),
                List.of(String.valueOf(leftover.pid()), String.valueOf(unrelated.pid())));
        try (ServerSocket occupant = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            // The busy port stops the start right after the clean-up, before Keycloak is launched.
            assertThatThrownBy(() -> EmbeddedKeycloak.start(settingsOnPort(occupant.getLocalPort())))
                    .hasMessageContaining("Port");

            assertThat(leftoverTree).hasSizeGreaterThan(1).noneMatch(ProcessHandle::isAlive);
            assertThat(unrelated.isAlive()).isTrue();
            assertThat(dataDirectory.resolve(EmbeddedKeycloak.PID_FILE)).doesNotExist();
        } finally {
            ProcessTree.of(unrelated.toHandle()).forEach(ProcessHandle::destroyForcibly);
        }
    }

    private EmbeddedKeycloak.Settings settingsOnPort(int port) {
        return EmbeddedKeycloak.Settings.builder()
                .httpPort(port)
                .dataDirectory(dataDirectory)
                .build();
    }

    /** A shell (with a sleep child) whose command line contains {@code text}, like kc.sh and Keycloak's JVM. */
    private static Process sleeperWithCommandLineMentioning(String text) throws IOException {
        // The trailing ":" keeps the shell from replacing itself with sleep, which would drop the text.
        Process shell = new ProcessBuilder("/bin/sh", "-c", "sleep 600; :", text).start();
        while (shell.descendants().findAny().isEmpty()) {
            Thread.onSpinWait();
        }
        return shell;
    }
}
