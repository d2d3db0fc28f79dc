package fr.passerelle.application.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Outbound port: the emails to send, written in the transaction of the change that causes them, and sent later by
 * {@link NotificationJobs#deliverDueMails()}.
 */
public interface MailOutbox {

    /** Queues it, due now, unless an email with the same dedup key was queued before; true when queued. */
    boolean enqueue(OutgoingMail mail);

    /**
     * Unsent emails due at {@code now}, the longest waiting first, locked for the caller's transaction; emails another
     * transaction holds are skipped, never waited for.
     */
    List<QueuedMail> claimDue(Instant now, int limit);

    void markSent(UUID id, Instant at);

    /** Records the failed attempt and when to try again. */
    void markFailed(UUID id, String error, Instant nextAttemptAt);
}
