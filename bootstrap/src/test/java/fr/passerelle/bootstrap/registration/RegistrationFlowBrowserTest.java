package fr.passerelle.bootstrap.registration;

import fr.passerelle.bootstrap.support.BrowserFlow;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URL;

/**
 * Self-registration through the browser, on the whole stack (frontend/e2e/registration-flow.e2e.mjs): register in the
 * SPA, follow the verification email's link read from the test mail server, staff approve, the newcomer logs in and
 * sees their establishment.
 */
@QuarkusTest
class RegistrationFlowBrowserTest {

    @TestHTTPResource("/")
    URL app;

    @Test
    void a_newcomer_registers_verifies_the_email_is_approved_and_sees_their_establishment() throws IOException, InterruptedException {
        BrowserFlow.run("e2e/registration-flow.e2e.mjs", app, 6);
    }
}
