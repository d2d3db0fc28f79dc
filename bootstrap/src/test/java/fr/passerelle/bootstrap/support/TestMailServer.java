package fr.passerelle.bootstrap.support;

import java.util.Objects;

/** Stops and starts again the test stack's mail server, for tests of what happens while it is down. */
public final class TestMailServer {

    private static volatile Runnable stop;
    private static volatile Runnable start;

    private TestMailServer() {
    }

    static void register(Runnable stopAction, Runnable startAction) {
        stop = stopAction;
        start = startAction;
    }

    public static void stop() {
        Objects.requireNonNull(stop, "The test stack did not register its mail server with this class loader").run();
    }

    public static void start() {
        Objects.requireNonNull(start, "The test stack did not register its mail server with this class loader").run();
    }
}
