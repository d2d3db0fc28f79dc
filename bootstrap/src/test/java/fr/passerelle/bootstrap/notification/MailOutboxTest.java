package fr.passerelle.bootstrap.notification;

import fr.passerelle.bootstrap.support.MailInbox;
import fr.passerelle.bootstrap.support.TestMailServer;
import fr.passerelle.bootstrap.support.TestStack;
import fr.passerelle.bootstrap.support.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox while the mail server is down: the state changes succeed, their emails wait (failed attempts recorded),
 * and once the server is back every expected email arrives, each exactly once, however many runs of the worker
 * followed.
 */
@QuarkusTest
class MailOutboxTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    EntityManager entityManager;

    @Test
    void emails_of_changes_made_while_the_mail_server_is_down_arrive_once_it_is_back_each_exactly_once() throws Exception {
        List<String> expected = new ArrayList<>();
        List<String> numbers = List.of(NotificationFlows.submitted(), NotificationFlows.submitted(), NotificationFlows.submitted());

        TestMailServer.stop();
        try {
            for (int i = 0; i < numbers.size(); i++) {
                String number = numbers.get(i);
                NotificationFlows.command(TestTokens.staff(), number, "review", null);
                expected.add("Dossier " + number + " en instruction");
                LocalDate due = LocalDate.now().plusDays(20 + i);
                NotificationFlows.command(TestTokens.staff(), number, "request-documents",
                        Map.of("types", List.of("QUOTE"), "dueDate", due.toString(), "message", "Merci"));
                expected.add("Pièces demandées avant le " + due.format(DAY) + " : dossier " + number);
            }
            awaitFailedAttemptsFor(expected);
        } finally {
            TestMailServer.start();
        }

        for (String subject : expected) {
            MailInbox.awaitMessage(TestStack.EMPLOYER_EMAIL, subject);
        }
        Thread.sleep(Duration.ofSeconds(4).toMillis());
        for (String subject : expected) {
            assertThat(MailInbox.count(TestStack.EMPLOYER_EMAIL, subject)).as(subject).isEqualTo(1);
        }
        assertThat(unsent(expected)).isZero();
    }

    /**
     * The worker tried while the server was down, and recorded why it failed. A send that began while the server was
     * stopping may wait for the mailer's timeout (10 s), three in a row at most, before the run records them.
     */
    private void awaitFailedAttemptsFor(List<String> subjects) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            Number failed = QuarkusTransaction.requiringNew().call(() -> (Number) entityManager.createNativeQuery("""
                            SELECT count(*) FROM mail_outbox WHERE subject IN (:subjects) AND attempts > 0 AND last_error IS NOT NULL
                              AND sent_at IS NULL
                            """)
                    .setParameter("subjects", subjects).getSingleResult());
            if (failed.intValue() > 0) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The worker recorded no failed attempt while the mail server was down");
    }

    private int unsent(List<String> subjects) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "SELECT count(*) FROM mail_outbox WHERE subject IN (:subjects) AND sent_at IS NULL")
                .setParameter("subjects", subjects).getSingleResult()).intValue());
    }
}
