package fr.passerelle.adapters.keycloak.embedded;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Stops a process with all its descendants: {@code kc.sh} runs Keycloak's JVM as a child that outlives it. */
final class ProcessTree {

    private static final Duration FORCED_EXIT_TIMEOUT = Duration.ofSeconds(10);

    private ProcessTree() {
    }

    static List<ProcessHandle> of(ProcessHandle root) {
        return Stream.concat(root.descendants(), Stream.of(root)).toList();
    }

    /**
     * Asks every process of the tree to stop (SIGTERM, so that Keycloak closes its database cleanly), then kills
     * those still alive after {@code gracePeriod}.
     */
    static void terminate(ProcessHandle root, Duration gracePeriod) {
        List<ProcessHandle> tree = of(root);
        tree.forEach(ProcessHandle::destroy);
        if (awaitExitUninterruptibly(tree, gracePeriod)) {
            return;
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        if (!awaitExitUninterruptibly(tree, FORCED_EXIT_TIMEOUT)) {
            throw new IllegalStateException("Processes " + pids(tree) + " are still alive after SIGKILL");
        }
    }

    /** Stopping must complete even when the caller is interrupted, or Keycloak would be left running. */
    private static boolean awaitExitUninterruptibly(List<ProcessHandle> processes, Duration timeout) {
        CompletableFuture<?> allExited = CompletableFuture.allOf(
                processes.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new));
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    allExited.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    return true;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (TimeoutException e) {
                    return false;
                } catch (ExecutionException e) {
                    throw new IllegalStateException("Cannot watch the exit of processes " + pids(processes), e);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String pids(List<ProcessHandle> processes) {
        return processes.stream().map(process -> String.valueOf(process.pid())).collect(Collectors.joining(", "));
    }
}
