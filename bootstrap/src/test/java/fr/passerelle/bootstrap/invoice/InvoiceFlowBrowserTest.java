package fr.passerelle.bootstrap.invoice;

import fr.passerelle.bootstrap.support.BrowserFlow;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URL;

/**
 * Invoicing through the browser, on the whole stack (frontend/e2e/invoice-flow.e2e.mjs): the training body deposits an
 * invoice on a subrogated dossier; staff validate it and pay it; the employer's "Mes comptes" shows the new figures.
 */
@QuarkusTest
class InvoiceFlowBrowserTest {

    @TestHTTPResource("/")
    URL app;

    @Test
    void the_training_body_is_paid_and_the_employer_sees_it_in_mes_comptes() throws IOException, InterruptedException {
        BrowserFlow.run("e2e/invoice-flow.e2e.mjs", app, 10);
    }
}
