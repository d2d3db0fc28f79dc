package fr.passerelle.application.notification;

import fr.passerelle.application.shared.Clock;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Sends the outbox, at least once per email.
 *
 * <p>The due emails are claimed under a lease: the outbox pushes their next attempt to the end of the lease as it
 * hands them over, so that no other worker takes them meanwhile, and each email is then recorded sent or failed on
 * its own, right after its attempt. Nothing stays locked while the mail server answers, and a slow server costs no
 * more than the emails it has not accepted yet. If the process dies mid-run, the emails it had not recorded are due
 * again when the lease ends; one the server had accepted is then sent a second time: a rare duplicate is preferred to a
 * lost email (a due date, a decision), and the adapter gives each email a Message-ID made from its outbox id so that
 * the duplicate can be told for what it is. A run stops once its lease is over, since its remaining emails are due
 * again by then and may already be in another worker's hands.
 *
 * <p>A failed attempt is recorded with the next one due after an exponential backoff (capped), so a server that is
 * down loses nothing. One email that fails (an address the server refuses) does not hold back the others; after a few
 * failures in a row the server is taken for down, and the rest of the run is put back with the same backoff without
 * being tried, so that a long outbox does not take one connection timeout per email.
 */
public final class MailDeliveryService implements MailDelivery {

    /** After this many failures in a row the server is taken for down: the rest of the run waits with the same backoff. */
    static final int FAILURES_MEANING_SERVER_DOWN = 3;

    private final MailOutbox outbox;
    private final MailSender sender;
    private final Clock clock;
    private final Backoff backoff;
    private final Duration lease;
    private final int batchSize;

    /**
     * @param lease how long claimed emails are kept from other workers; well above what a run normally takes
     *              ({@code batchSize} emails at the mail server's pace), since a run stops when it is over
     */
    public MailDeliveryService(MailOutbox outbox, MailSender sender, Clock clock, Backoff backoff, Duration lease, int batchSize) {
        this.outbox = Objects.requireNonNull(outbox);
        this.sender = Objects.requireNonNull(sender);
        this.clock = Objects.requireNonNull(clock);
        this.backoff = Objects.requireNonNull(backoff);
        this.lease = Objects.requireNonNull(lease);
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("The lease must be positive: " + lease);
        }
        this.batchSize = batchSize;
    }

    /** The wait before the n-th retry: {@code first × 2^(n-1)}, never more than {@code cap}. */
    public record Backoff(Duration first, Duration cap) {
        public Backoff {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(cap, "cap");
        }

        Duration afterFailures(int failures) {
            Duration wait = first;
            for (int i = 1; i < failures && wait.compareTo(cap) < 0; i++) {
                wait = wait.multipliedBy(2);
            }
            return wait.compareTo(cap) > 0 ? cap : wait;
        }
    }

    @Override
    public int deliverDueMails() {
        Instant now = clock.now();
        Instant leasedUntil = now.plus(lease);
        List<QueuedMail> claimed = outbox.claimDue(now, batchSize, leasedUntil);
        int sent = 0;
        int failedInARow = 0;
        // Once the lease is over, the rest is due again and may be in another worker's hands: it is left to them.
        for (int i = 0; i < claimed.size() && clock.now().isBefore(leasedUntil); i++) {
            QueuedMail mail = claimed.get(i);
            try {
                sender.send(mail);
            } catch (MailSender.MailNotSentException failure) {
                retryLater(mail, failure.getMessage());
                if (++failedInARow == FAILURES_MEANING_SERVER_DOWN) {
                    claimed.subList(i + 1, claimed.size()).forEach(untried -> retryLater(untried,
                            "Pas tenté : le serveur d’e-mails a échoué " + FAILURES_MEANING_SERVER_DOWN + " fois de suite ("
                                    + failure.getMessage() + ")"));
                    return sent;
                }
                continue;
            }
            outbox.markSent(mail.id(), clock.now());
            failedInARow = 0;
            sent++;
        }
        return sent;
    }

    private void retryLater(QueuedMail mail, String error) {
        outbox.markFailed(mail.id(), error, clock.now().plus(backoff.afterFailures(mail.attempts() + 1)));
    }
}
