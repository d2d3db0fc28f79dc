package fr.passerelle.adapters.keycloak.embedded;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(SharedKeycloakExtension.class)
class EmbeddedKeycloakLifecycleTest {

    private final SharedKeycloak sharedKeycloak;

    EmbeddedKeycloakLifecycleTest(SharedKeycloak sharedKeycloak) {
        this.sharedKeycloak = sharedKeycloak;
    }

    @Test
    void closing_stops_every_process_and_a_new_start_on_the_same_data_keeps_the_realm() {
        EmbeddedKeycloak first = sharedKeycloak.current();
        String probeUserId = createProbeUser(new OpenIdClient(first));
        List<ProcessHandle> processes = ProcessTree.of(first.process());

        sharedKeycloak.stop();

        assertThat(processes).noneMatch(ProcessHandle::isAlive);
        assertThat(processesMentioning(sharedKeycloak.dataDirectory())).isEmpty();
        assertThat(isListening(SharedKeycloak.PORT)).isFalse();

        OpenIdClient afterRestart = new OpenIdClient(sharedKeycloak.current());
        assertThat(afterRestart.getAsApi("/users/" + probeUserId).statusCode())
                .as("a user created before the restart")
                .isEqualTo(200);
        assertThat(afterRestart.passwordGrant(DemoUser.GESTIONNAIRE.email, DemoUser.PASSWORD).statusCode())
                .isEqualTo(200);
    }

    private static String createProbeUser(OpenIdClient client) {
        String email = "probe-" + UUID.randomUUID() + "@test.passerelle.fr";
        HttpResponse<String> response = client.postJsonAsApi("/users", """
                {"username": "%s", "email": "%s", "firstName": "Probe", "lastName": "Restart", "enabled": true}
                """.formatted(email, email));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String location = response.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static List<ProcessHandle> processesMentioning(Path dataDirectory) {
        return ProcessHandle.allProcesses()
                .filter(process -> process.info().commandLine()
                        .filter(commandLine -> commandLine.contains(dataDirectory.toString()))
                        .isPresent())
                .toList();
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
