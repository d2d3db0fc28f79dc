package fr.passerelle.adapters.persistence.notification;

import fr.passerelle.application.notification.MailOutbox;
import fr.passerelle.application.notification.OutgoingMail;
import fr.passerelle.application.notification.QueuedMail;
import fr.passerelle.domain.shared.Email;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The outbox in {@code mail_outbox}. A claim locks the due rows with {@code FOR UPDATE SKIP LOCKED}, so that two
 * workers (two instances of the app) claiming at the same moment never get the same row, and leases them by pushing
 * their {@code next_attempt_at} to the end of the lease: once that commits, they are no longer due for anybody until
 * the lease ends or the worker records the attempt. The unique dedup key makes a second enqueue of the same recipient
 * and event a no-op.
 */
@ApplicationScoped
class MailOutboxSqlStore implements MailOutbox {

    private static final int LONGEST_ERROR = 2000;

    private final EntityManager entityManager;

    MailOutboxSqlStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public boolean enqueue(OutgoingMail mail) {
        return entityManager.createNativeQuery("""
                        INSERT INTO mail_outbox (id, dedup_key, recipient, subject, body, created_at, next_attempt_at)
                        VALUES (:id, :key, :recipient, :subject, :body, :at, :at)
                        ON CONFLICT (dedup_key) DO NOTHING
                        """)
                .setParameter("id", mail.id())
                .setParameter("key", mail.dedupKey())
                .setParameter("recipient", mail.to().value())
                .setParameter("subject", mail.subject())
                .setParameter("body", mail.body())
                .setParameter("at", Timestamp.from(mail.createdAt()))
                .executeUpdate() == 1;
    }

    @Override
    public List<QueuedMail> claimDue(Instant now, int limit, Instant leasedUntil) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT id, recipient, subject, body, attempts FROM mail_outbox
                        WHERE sent_at IS NULL AND next_attempt_at <= :now
                        ORDER BY next_attempt_at, id
                        LIMIT :limit
                        FOR UPDATE SKIP LOCKED
                        """, Object[].class)
                .setParameter("now", Timestamp.from(now))
                .setParameter("limit", limit)
                .getResultList();
        List<QueuedMail> claimed = rows.stream().map(row -> new QueuedMail((UUID) row[0], Email.of((String) row[1]), (String) row[2],
                (String) row[3], ((Number) row[4]).intValue())).toList();
        if (!claimed.isEmpty()) {
            entityManager.createNativeQuery("UPDATE mail_outbox SET next_attempt_at = :leasedUntil WHERE id IN (:ids)")
                    .setParameter("leasedUntil", Timestamp.from(leasedUntil))
                    .setParameter("ids", claimed.stream().map(QueuedMail::id).toList())
                    .executeUpdate();
        }
        return claimed;
    }

    @Override
    public void markSent(UUID id, Instant at) {
        entityManager.createNativeQuery("UPDATE mail_outbox SET sent_at = :at WHERE id = :id")
                .setParameter("at", Timestamp.from(at))
                .setParameter("id", id)
                .executeUpdate();
    }

    @Override
    public void markFailed(UUID id, String error, Instant nextAttemptAt) {
        String recorded = error == null ? "" : error.length() > LONGEST_ERROR ? error.substring(0, LONGEST_ERROR) : error;
        entityManager.createNativeQuery("""
                        UPDATE mail_outbox SET attempts = attempts + 1, last_error = :error, next_attempt_at = :next WHERE id = :id
                        """)
                .setParameter("error", recorded)
                .setParameter("next", Timestamp.from(nextAttemptAt))
                .setParameter("id", id)
                .executeUpdate();
    }
}
