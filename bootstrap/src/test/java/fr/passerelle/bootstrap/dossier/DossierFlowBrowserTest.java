package fr.passerelle.bootstrap.dossier;

import fr.passerelle.bootstrap.support.BrowserFlow;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URL;

/**
 * A dossier's life through the browser, on the whole stack (frontend/e2e/dossier-flow.e2e.mjs): the employer
 * drafts across three steps, quits, resumes and submits; staff request a document; the employer uploads it and
 * hands the dossier back; staff grant it; the employer sees "Accordé".
 */
@QuarkusTest
class DossierFlowBrowserTest {

    @TestHTTPResource("/")
    URL app;

    @Test
    void a_dossier_goes_from_draft_to_granted_through_the_screens() throws IOException, InterruptedException {
        BrowserFlow.run("e2e/dossier-flow.e2e.mjs", app, 10);
    }
}
