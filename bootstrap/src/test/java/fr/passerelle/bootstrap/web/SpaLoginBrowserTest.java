package fr.passerelle.bootstrap.web;

import fr.passerelle.bootstrap.support.BrowserFlow;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URL;

/**
 * Drives the SPA in headless Chromium against the whole stack: the app, the real Keycloak login page and the API.
 * The flow itself is the frontend's Playwright script; this test gives it a running stack.
 */
@QuarkusTest
class SpaLoginBrowserTest {

    @TestHTTPResource("/")
    URL app;

    @Test
    void an_employer_logs_in_through_keycloak_is_greeted_by_name_and_the_page_is_accessible()
            throws IOException, InterruptedException {
        BrowserFlow.run("e2e/login.e2e.mjs", app, 5);
    }
}
