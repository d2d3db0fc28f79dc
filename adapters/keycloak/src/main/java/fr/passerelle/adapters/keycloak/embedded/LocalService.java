package fr.passerelle.adapters.keycloak.embedded;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the embedded services (Keycloak, the mail server) check alike while they start, on the loopback interface. */
final class LocalService {

    static final String LOOPBACK_ADDRESS = "127.0.0.1";
    private static final int LOG_LINES_IN_ERRORS = 40;

    private LocalService() {
    }

    /** Fails at once, naming the port, rather than later with the service's own less helpful message. */
    static void requirePortIsFree(int port, String service) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(InetAddress.getByName(LOOPBACK_ADDRESS), port));
        } catch (IOException e) {
            throw new IllegalStateException("Port " + port + " on " + LOOPBACK_ADDRESS
                    + " is already in use by another process: stop it or give " + service + " another port.", e);
        }
    }

    /** True once the request is answered 200; false while nothing listens yet. */
    static boolean answersOk(HttpClient client, HttpRequest request) throws InterruptedException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notListeningYet) {
            return false;
        }
    }

    /** The last lines of a service's log, for the message of a failed start. */
    static String logTail(Path logFile) {
        try {
            List<String> lines = new String(Files.readAllBytes(logFile), StandardCharsets.UTF_8).lines().toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_LINES_IN_ERRORS), lines.size()));
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }
}
