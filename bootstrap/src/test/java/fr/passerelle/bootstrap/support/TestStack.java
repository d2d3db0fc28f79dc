package fr.passerelle.bootstrap.support;

import io.quarkus.test.common.QuarkusTestResource;

import java.nio.file.Path;

/** Where the test stack started by {@link EmbeddedStackTestResource}, once for every test, can be reached. */
@QuarkusTestResource(EmbeddedStackTestResource.class)
public final class TestStack {

    /** Quarkus's default test port: Keycloak's login page links to the app's public pages there. */
    public static final String APP_URL = "http://localhost:8081";
    public static final int KEYCLOAK_PORT = 8182;
    public static final String KEYCLOAK_URL = "http://localhost:" + KEYCLOAK_PORT;
    public static final String ISSUER = KEYCLOAK_URL + "/realms/passerelle";
    public static final String AUDIENCE = "passerelle-api";
    /** The test mail server: Keycloak sends to its SMTP port, tests read the messages through its API. */
    public static final int SMTP_PORT = 3225;
    public static final int MAIL_API_PORT = 8225;
    public static final String MAIL_API_URL = "http://localhost:" + MAIL_API_PORT;
    public static final String TEST_KEY_ID = "passerelle-test-key";
    static final Path SIGNING_KEY = Path.of("target", "test-keys", "signing-key.pem");

    /** Subjects and names of the demo realm's users, whose accounts the demo seed links to establishments. */
    public static final String EMPLOYER_SUBJECT = "5a55e12e-0000-4000-8000-000000000002";
    public static final String EMPLOYER_EMAIL = "employeur@demo.passerelle.fr";
    public static final String EMPLOYER_NAME = "Émilie Durand";
    public static final String STAFF_SUBJECT = "5a55e12e-0000-4000-8000-000000000001";
    public static final String OTHER_EMPLOYER_SUBJECT = "5a55e12e-0000-4000-8000-000000000003";
    public static final String TRAINING_BODY_SUBJECT = "5a55e12e-0000-4000-8000-000000000004";
    /** The demo establishments of "Démo Industrie" (employeur's company), and one of its employees. */
    public static final String LYON = "e0000000-0000-4000-8000-000000000001";
    public static final String GRENOBLE = "e0000000-0000-4000-8000-000000000002";
    public static final String DEMO_EMPLOYEE = "b0000000-0000-4000-8000-000000000001";

    private TestStack() {
    }
}
