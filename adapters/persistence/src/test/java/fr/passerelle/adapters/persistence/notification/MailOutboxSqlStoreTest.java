package fr.passerelle.adapters.persistence.notification;

import fr.passerelle.adapters.persistence.EmbeddedPostgresTestResource;
import fr.passerelle.application.notification.MailOutbox;
import fr.passerelle.application.notification.OutgoingMail;
import fr.passerelle.application.notification.QueuedMail;
import fr.passerelle.domain.shared.Email;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(value = EmbeddedPostgresTestResource.class, restrictToAnnotatedClass = true)
class MailOutboxSqlStoreTest {

    @Inject
    MailOutbox outbox;

    private static final long LEASE_SECONDS = 300;

    /**
     * Each test works in its own year of the past and marks its emails sent before it ends, so that no other test's
     * emails are due when it claims.
     */
    private static OutgoingMail mail(String key, Instant at) {
        return new OutgoingMail(UUID.randomUUID(), key + ":" + UUID.randomUUID(), Email.of("emilie@exemple.fr"), "Dossier accordé",
                "Bonjour,", at);
    }

    @Test
    void an_email_is_queued_once_per_dedup_key_claimed_when_due_and_never_again_once_sent() {
        Instant at = Instant.parse("2001-01-01T00:00:00Z");
        OutgoingMail mail = mail("dossier:1:3", at);

        assertThat(QuarkusTransaction.requiringNew().call(() -> outbox.enqueue(mail))).isTrue();
        assertThat(QuarkusTransaction.requiringNew().call(() -> outbox.enqueue(new OutgoingMail(UUID.randomUUID(), mail.dedupKey(),
                mail.to(), "Autre", "Autre", at)))).isFalse();

        List<QueuedMail> claimed = claim(at);
        assertThat(claimed).singleElement().satisfies(queued -> {
            assertThat(queued.id()).isEqualTo(mail.id());
            assertThat(queued.subject()).isEqualTo("Dossier accordé");
            assertThat(queued.attempts()).isZero();
        });
        QuarkusTransaction.requiringNew().run(() -> outbox.markSent(mail.id(), at));
        assertThat(claim(at.plusSeconds(3600))).isEmpty();
    }

    @Test
    void a_failed_attempt_is_counted_and_the_email_waits_until_its_next_attempt() {
        Instant at = Instant.parse("2002-01-01T00:00:00Z");
        OutgoingMail mail = mail("dossier:2:3", at);
        QuarkusTransaction.requiringNew().run(() -> outbox.enqueue(mail));

        QuarkusTransaction.requiringNew().run(() -> outbox.markFailed(mail.id(), "Connection refused", at.plusSeconds(60)));

        assertThat(claim(at.plusSeconds(59))).isEmpty();
        assertThat(claim(at.plusSeconds(60))).singleElement().satisfies(queued -> assertThat(queued.attempts()).isEqualTo(1));
        QuarkusTransaction.requiringNew().run(() -> outbox.markSent(mail.id(), at.plusSeconds(60)));
    }

    @Test
    void two_workers_never_claim_the_same_email() throws Exception {
        Instant at = Instant.parse("2003-01-01T00:00:00Z");
        OutgoingMail first = mail("dossier:3:1", at);
        OutgoingMail second = mail("dossier:3:2", at.plusSeconds(1));
        QuarkusTransaction.requiringNew().run(() -> {
            outbox.enqueue(first);
            outbox.enqueue(second);
        });

        var otherWorker = Executors.newSingleThreadExecutor();
        try {
            List<UUID> claimedMeanwhile = QuarkusTransaction.requiringNew().call(() -> {
                List<QueuedMail> mine = outbox.claimDue(at.plusSeconds(10), 1, at.plusSeconds(10 + LEASE_SECONDS));
                assertThat(mine).extracting(QueuedMail::id).containsExactly(first.id());
                return CompletableFuture.supplyAsync(() -> QuarkusTransaction.requiringNew()
                        .call(() -> outbox.claimDue(at.plusSeconds(10), 10, at.plusSeconds(10 + LEASE_SECONDS))).stream()
                        .map(QueuedMail::id).toList(), otherWorker).get();
            });
            assertThat(claimedMeanwhile).containsExactly(second.id());
        } finally {
            otherWorker.shutdown();
        }
        QuarkusTransaction.requiringNew().run(() -> {
            outbox.markSent(first.id(), at.plusSeconds(10));
            outbox.markSent(second.id(), at.plusSeconds(10));
        });
    }

    @Test
    void a_claim_leases_its_emails_once_committed_until_the_lease_ends_or_the_attempt_is_recorded() {
        Instant at = Instant.parse("2004-01-01T00:00:00Z");
        OutgoingMail unrecorded = mail("dossier:4:1", at);
        OutgoingMail failed = mail("dossier:4:2", at.plusSeconds(1));
        QuarkusTransaction.requiringNew().run(() -> {
            outbox.enqueue(unrecorded);
            outbox.enqueue(failed);
        });
        Instant claimedAt = at.plusSeconds(10);

        assertThat(claim(claimedAt)).extracting(QueuedMail::id).containsExactly(unrecorded.id(), failed.id());
        assertThat(claim(claimedAt)).as("another worker, right after the claim committed").isEmpty();

        QuarkusTransaction.requiringNew().run(() -> outbox.markFailed(failed.id(), "Connection refused", at.plusSeconds(60)));
        assertThat(claim(at.plusSeconds(59))).isEmpty();
        assertThat(claim(at.plusSeconds(60))).as("due again at its next attempt").extracting(QueuedMail::id).containsExactly(failed.id());
        QuarkusTransaction.requiringNew().run(() -> outbox.markSent(failed.id(), at.plusSeconds(60)));

        Instant leaseEnd = claimedAt.plusSeconds(LEASE_SECONDS);
        assertThat(claim(leaseEnd.minusSeconds(1))).isEmpty();
        assertThat(claim(leaseEnd)).as("due again when the lease ends, its worker having recorded nothing")
                .extracting(QueuedMail::id).containsExactly(unrecorded.id());
        QuarkusTransaction.requiringNew().run(() -> outbox.markSent(unrecorded.id(), leaseEnd));
    }

    /** A claim of up to 10 emails due at {@code now}, leased for {@link #LEASE_SECONDS}, in its own transaction. */
    private List<QueuedMail> claim(Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.claimDue(now, 10, now.plusSeconds(LEASE_SECONDS)));
    }
}
