package fr.passerelle.bootstrap.invoice;

import fr.passerelle.bootstrap.support.TestStack;
import fr.passerelle.bootstrap.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static fr.passerelle.bootstrap.support.ContractValidation.api;
import static fr.passerelle.bootstrap.support.ContractValidation.malformedRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** "Mes comptes" over HTTP: who reads and sets the envelopes, grants bounded by them, even when they race. */
@QuarkusTest
class FundingAccountsTest {

    private static final String PATH = "/api/v1/establishments/" + TestStack.LYON + "/funding-accounts";

    @Test
    void the_company_s_users_read_its_envelopes_staff_set_them_nobody_else() {
        api(TestTokens.employer()).get(PATH + "?year=2027").then().statusCode(200)
                .body("companyName", equalTo("Démo Industrie")).body("year", equalTo(2027))
                .body("envelopes", hasSize(3)).body("envelopes[0].source", equalTo("LEGAL"));
        api(TestTokens.staff()).get(PATH).then().statusCode(200);
        api(TestTokens.otherCompanyEmployer()).get(PATH).then().statusCode(404);
        api(TestTokens.trainingBody()).get(PATH).then().statusCode(403);
        api().get(PATH).then().statusCode(401);
        malformedRequest(TestTokens.staff()).get(PATH + "?year=1999").then().statusCode(422).body("code", equalTo("INVALID_YEAR"));

        Map<String, String> amount = Map.of("amount", "1234.56");
        api(TestTokens.employer()).contentType("application/json").body(amount).put(PATH + "/2038/VOLUNTARY").then().statusCode(403);
        api(TestTokens.staff()).contentType("application/json").body(amount).put(PATH + "/2038/VOLUNTARY").then().statusCode(200)
                .body("envelopes.find { it.source == 'VOLUNTARY' }.amount", equalTo("1234.56"))
                .body("envelopes.find { it.source == 'VOLUNTARY' }.availableForCommitment", equalTo("1234.56"));
        api(TestTokens.staff()).contentType("application/json").body(Map.of("amount", "-1.00"))
                .put(PATH + "/2038/VOLUNTARY").then().statusCode(422).body("code", equalTo("INVALID_ENVELOPE_AMOUNT"));
    }

    @Test
    void a_grant_above_what_the_envelope_has_left_is_refused_and_says_how_much_is_left() {
        int year = 2039;
        LocalDate start = LocalDate.of(year, 3, 2);
        Dossiers.legalEnvelope(year, "3000.00");
        Dossiers.granted(start, "2000.00", false);
        String second = Dossiers.inReview(start, "1500.00", false);

        Dossiers.grant(second, "1000.01").then().statusCode(422).body("code", equalTo("GRANT_EXCEEDS_AVAILABLE_FUNDS"))
                .body("detail", org.hamcrest.Matchers.containsString("1 000,00"));
        Dossiers.grant(second, "1000.00").then().statusCode(200);

        Map<String, String> legal = Dossiers.legalEnvelopeOf(year);
        assertThat(legal).containsEntry("committed", "3000.00").containsEntry("availableForCommitment", "0.00")
                .containsEntry("balanceForPayment", "3000.00");
        api(TestTokens.staff()).contentType("application/json").body(Map.of("amount", "2999.99"))
                .put(PATH + "/" + year + "/LEGAL").then().statusCode(422).body("code", equalTo("ENVELOPE_BELOW_COMMITMENT"));
    }

    /** Two grants of 600 race for the last 1000 of an envelope: one passes, the other is refused, the books are exact. */
    @Test
    void two_grants_racing_for_the_last_euros_cannot_both_pass() throws Exception {
        int year = 2040;
        LocalDate start = LocalDate.of(year, 1, 15);
        Dossiers.legalEnvelope(year, "1000.00");
        List<String> dossiers = List.of(Dossiers.inReview(start, "600.00", false), Dossiers.inReview(start, "600.00", false));

        CountDownLatch ready = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Future<Integer>> grants = new ArrayList<>();
            for (String number : dossiers) {
                grants.add(threads.submit(() -> {
                    ready.await();
                    return Dossiers.grant(number, "600.00").statusCode();
                }));
            }
            ready.countDown();
            for (Future<Integer> grant : grants) {
                statuses.add(grant.get(60, TimeUnit.SECONDS));
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(statuses).containsExactlyInAnyOrder(200, 422);
        assertThat(Dossiers.legalEnvelopeOf(year)).containsEntry("committed", "600.00").containsEntry("availableForCommitment", "400.00");
    }
}
