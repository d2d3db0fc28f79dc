package fr.passerelle.bootstrap.support;

import org.junit.jupiter.api.Assumptions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Runs one of the frontend's Playwright scripts (frontend/e2e) in headless Chromium against the running test stack.
 * Browser tests are skipped loudly on a developer machine without Chromium, and fail under CI.
 */
public final class BrowserFlow {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
    private static final Path FRONTEND = Path.of(System.getProperty("passerelle.frontend.dir", "../frontend"));

    private BrowserFlow() {
    }

    /** Runs {@code frontend/<script>} with BASE_URL set to the app and asserts that it exits with 0 in time. */
    public static void run(String script, URL app, int timeoutMinutes) throws IOException, InterruptedException {
        run(script, app, timeoutMinutes, Map.of());
    }

    /** The same, with more environment variables for the script (e.g. the dossier a flow starts from). */
    public static void run(String script, URL app, int timeoutMinutes, Map<String, String> environment)
            throws IOException, InterruptedException {
        requireChromium();
        ProcessBuilder builder = new ProcessBuilder("node", script).directory(FRONTEND.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        builder.environment().put("BASE_URL", app.toString());
        builder.environment().put("CHROMIUM_PATH", CHROMIUM.toString());
        Process run = builder.start();
        echoToTestOutput(run);

        boolean finished = run.waitFor(timeoutMinutes, TimeUnit.MINUTES);
        if (!finished) {
            run.descendants().forEach(ProcessHandle::destroyForcibly);
            run.destroyForcibly();
        }
        assertThat(finished).as("%s finished within %d minutes", script, timeoutMinutes).isTrue();
        assertThat(run.exitValue()).as("exit code of %s (see its output above)", script).isZero();
    }

    /** Through System.out, so that the script's steps land in the test report (an inherited descriptor would bypass it). */
    private static void echoToTestOutput(Process run) {
        Thread echo = new Thread(() -> {
            try (BufferedReader lines = run.inputReader(StandardCharsets.UTF_8)) {
                lines.lines().forEach(System.out::println);
            } catch (IOException | UncheckedIOException closed) {
                System.out.println("(the browser flow's output closed: " + closed.getMessage() + ")");
            }
        }, "browser-flow-output");
        echo.setDaemon(true);
        echo.start();
    }

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
