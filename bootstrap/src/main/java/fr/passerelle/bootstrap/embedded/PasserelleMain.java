package fr.passerelle.bootstrap.embedded;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts what the configuration does not name (PostgreSQL, Keycloak) before the application reads it,
 * so that the run command works on a machine with nothing but a JDK and Node.
 */
@QuarkusMain
public class PasserelleMain {

    public static void main(String... args) {
        EmbeddedDefaults.startWhatIsNotConfigured();
        Quarkus.run(args);
    }
}
