package fr.passerelle.bootstrap.embedded;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts what the configuration does not name (PostgreSQL, Keycloak) before the application reads it,
 * so that the run command works on a machine with nothing but a JDK and Node.
 */
@QuarkusMain
public class PasserelleMain {

    /** Set by the run command, whose Maven process does not pass its own termination on to the app it launched. */
    static final String EXIT_WITH_PARENT = "passerelle.exit-with-parent";

    public static void main(String... args) {
        if (Boolean.getBoolean(EXIT_WITH_PARENT)) {
            exitWhenParentExits();
        }
        EmbeddedDefaults.startWhatIsNotConfigured();
        Quarkus.run(args);
    }

    private static void exitWhenParentExits() {
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> {
            System.err.println("The run command stopped: stopping Passerelle and its embedded services.");
            System.exit(0);
        }));
    }
}
