package fr.passerelle.application.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Outbound port: the emails to send, written in the transaction of the change that causes them, and sent later by
 * {@link MailDelivery#deliverDueMails()}. Each call is one unit of work: it joins the caller's transaction if there is
 * one, else it commits on its own (the outbox worker holds no transaction while the mail server answers).
 */
public interface MailOutbox {

    /** Queues it, due now, unless an email with the same dedup key was queued before; true when queued. */
    boolean enqueue(OutgoingMail mail);

    /**
     * Unsent emails due at {@code now}, the longest waiting first, leased to the caller: their next attempt is pushed to
     * {@code leasedUntil}, so that no other claim returns them before then unless they are marked failed meanwhile.
     * Emails another claim is taking at the same moment are skipped, never waited for.
     */
    List<QueuedMail> claimDue(Instant now, int limit, Instant leasedUntil);

    void markSent(UUID id, Instant at);

    /** Records the failed attempt and when to try again. */
    void markFailed(UUID id, String error, Instant nextAttemptAt);
}
