package fr.passerelle.bootstrap.web;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Drives the SPA in headless Chromium against the whole stack: the app, the real Keycloak login page and the API.
 * The flow itself is the frontend's Playwright script; this test gives it a running stack.
 */
@QuarkusTest
class SpaLoginBrowserTest {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
    private static final Path FRONTEND = Path.of(System.getProperty("passerelle.frontend.dir", "../frontend"));

    @TestHTTPResource("/")
    URL app;

    @Test
    void an_employer_logs_in_through_keycloak_is_greeted_by_name_and_the_page_is_accessible()
            throws IOException, InterruptedException {
        requireChromium();
        ProcessBuilder builder = new ProcessBuilder("node", "e2e/login.e2e.mjs").directory(FRONTEND.toFile()).inheritIO();
        builder.environment().put("BASE_URL", app.toString());
        builder.environment().put("CHROMIUM_PATH", CHROMIUM.toString());
        Process run = builder.start();

        boolean finished = run.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            run.descendants().forEach(ProcessHandle::destroyForcibly);
            run.destroyForcibly();
        }
        assertThat(finished).as("the browser flow finished within 5 minutes").isTrue();
        assertThat(run.exitValue()).as("exit code of the browser flow (see its output above)").isZero();
    }

    /** Browser tests are skipped loudly on a developer machine without Chromium, and fail under CI. */
    private static void requireChromium() {
        if (Files.isExecutable(CHROMIUM)) {
            return;
        }
        String message = "Chromium is missing at " + CHROMIUM + ": install Debian's chromium package (apt-get install -y chromium)"
                + " or set CHROMIUM_PATH to run the browser tests.";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message);
        }
        System.err.println("\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n"
                + "!! BROWSER TESTS SKIPPED. " + message
                + "\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n");
        Assumptions.abort(message);
    }
}
