package fr.passerelle.bootstrap.message;

import fr.passerelle.bootstrap.dossier.DossierApi;
import fr.passerelle.bootstrap.support.BrowserFlow;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URL;
import java.util.Map;

/**
 * The message thread through the browser, on the whole stack (frontend/e2e/messages-flow.e2e.mjs), on a dossier put
 * in review over the API: staff request documents with a message; the employer sees it and answers with a file; staff
 * see the answer unread, then read; the employer sees "Lu par l'OPCO le …".
 */
@QuarkusTest
class DossierMessagesBrowserTest {

    @TestHTTPResource("/")
    URL app;

    @Test
    void staff_and_employer_exchange_messages_with_read_receipts_through_the_screens() throws IOException, InterruptedException {
        String number = DossierApi.inReview();
        BrowserFlow.run("e2e/messages-flow.e2e.mjs", app, 10, Map.of("DOSSIER_NUMBER", number));
    }
}
