package fr.passerelle.adapters.persistence.notification;

import fr.passerelle.adapters.persistence.shared.KeysetCursor;
import fr.passerelle.adapters.persistence.shared.KeysetPages;
import fr.passerelle.adapters.persistence.shared.SqlValues;
import fr.passerelle.application.dossier.PageRequest;
import fr.passerelle.application.notification.NewNotification;
import fr.passerelle.application.notification.NotificationEventType;
import fr.passerelle.application.notification.NotificationTarget;
import fr.passerelle.application.notification.NotificationView;
import fr.passerelle.application.notification.Notifications;
import fr.passerelle.application.notification.Preferences;
import fr.passerelle.application.notification.Reader;
import fr.passerelle.application.notification.Recipient;
import fr.passerelle.application.shared.Page;
import fr.passerelle.domain.shared.Email;
import fr.passerelle.domain.shared.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Notifications in PostgreSQL: {@code notification} rows (for one account, or for staff), who read them in
 * {@code notification_read} (one row per reader, so that each staff member reads staff notifications for
 * themselves), keyset lists by creation time, newest first.
 */
@ApplicationScoped
class NotificationSqlStore implements Notifications {

    private static final String COLUMNS = """
            SELECT n.id, n.event_type, n.title, n.body, n.target_kind, n.target_id, n.created_at, r.read_at
            FROM notification n
            LEFT JOIN notification_read r ON r.notification_id = n.id AND r.account_id = :reader
            """;

    private final EntityManager entityManager;

    NotificationSqlStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public boolean add(NewNotification notification) {
        return entityManager.createNativeQuery("""
                        INSERT INTO notification (id, recipient_id, for_staff, event_type, title, body, target_kind, target_id,
                                                  dedup_key, created_at)
                        VALUES (:id, :recipient, :forStaff, :type, :title, :body, :targetKind, :targetId, :key, :createdAt)
                        ON CONFLICT DO NOTHING
                        """)
                .setParameter("id", notification.id())
                .setParameter("recipient", notification.recipient().map(UserId::value).orElse(null))
                .setParameter("forStaff", notification.recipient().isEmpty())
                .setParameter("type", notification.type().name())
                .setParameter("title", notification.title())
                .setParameter("body", notification.text())
                .setParameter("targetKind", notification.target().kind().name())
                .setParameter("targetId", notification.target().id())
                .setParameter("key", notification.eventKey())
                .setParameter("createdAt", Timestamp.from(notification.createdAt()))
                .executeUpdate() == 1;
    }

    /** The reader's own notifications, and the staff ones when they read as staff. */
    private static String visibleTo(Reader reader) {
        return reader.staff() ? "(n.recipient_id = :reader OR n.for_staff)" : "n.recipient_id = :reader";
    }

    @Override
    public Page<NotificationView> of(Reader reader, boolean unreadOnly, PageRequest page) {
        Map<String, Object> parameters = new HashMap<>(Map.of("reader", reader.account().value()));
        String before = page.cursor().map(KeysetCursor::decode).map(cursor -> {
            parameters.put("cursorAt", Timestamp.from(cursor.at()));
            parameters.put("cursorId", cursor.id());
            return " AND (n.created_at, n.id) < (:cursorAt, :cursorId)";
        }).orElse("");
        Query query = entityManager.createNativeQuery(COLUMNS + "WHERE " + visibleTo(reader)
                + (unreadOnly ? " AND r.read_at IS NULL" : "") + before + " ORDER BY n.created_at DESC, n.id DESC", Object[].class);
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.setMaxResults(page.limit() + 1).getResultList();
        return KeysetPages.of(rows.stream().map(NotificationSqlStore::view).toList(), page.limit(),
                last -> new KeysetCursor(last.createdAt(), last.id()).encode());
    }

    @Override
    public long unreadCount(Reader reader) {
        return ((Number) entityManager.createNativeQuery("SELECT count(*) FROM notification n WHERE " + visibleTo(reader) + """
                         AND NOT EXISTS (SELECT 1 FROM notification_read r WHERE r.notification_id = n.id AND r.account_id = :reader)
                        """)
                .setParameter("reader", reader.account().value())
                .getSingleResult()).longValue();
    }

    @Override
    public Optional<NotificationView> markRead(Reader reader, UUID id, Instant at) {
        entityManager.createNativeQuery("""
                        INSERT INTO notification_read (notification_id, account_id, read_at)
                        SELECT n.id, :reader, :at FROM notification n WHERE n.id = :id AND """ + " " + visibleTo(reader) + """
                         ON CONFLICT DO NOTHING
                        """)
                .setParameter("reader", reader.account().value())
                .setParameter("at", Timestamp.from(at))
                .setParameter("id", id)
                .executeUpdate();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(COLUMNS + "WHERE n.id = :id AND " + visibleTo(reader), Object[].class)
                .setParameter("reader", reader.account().value())
                .setParameter("id", id)
                .getResultList();
        return rows.stream().findFirst().map(NotificationSqlStore::view);
    }

    @Override
    public void markAllRead(Reader reader, Instant at) {
        entityManager.createNativeQuery("""
                        INSERT INTO notification_read (notification_id, account_id, read_at)
                        SELECT n.id, :reader, :at FROM notification n WHERE """ + " " + visibleTo(reader) + """
                         AND NOT EXISTS (SELECT 1 FROM notification_read r WHERE r.notification_id = n.id AND r.account_id = :reader)
                        ON CONFLICT DO NOTHING
                        """)
                .setParameter("reader", reader.account().value())
                .setParameter("at", Timestamp.from(at))
                .executeUpdate();
    }

    /**
     * Only notifications younger than the longest delay one may choose can be due, which bounds the scan to the
     * recent part of the table: older ones were read, alerted, or belong to someone who wants no alert.
     */
    @Override
    public List<UnreadAlert> dueUnreadAlerts(Instant now, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT n.id, n.event_type, n.title, n.body, n.target_kind, n.target_id, n.created_at, CAST(NULL AS timestamptz),
                               n.recipient_id, coalesce(u.contact_email, u.login_email)
                        FROM notification n
                        JOIN notification_preference p ON p.account_id = n.recipient_id AND p.unread_alert_delay_minutes IS NOT NULL
                        JOIN user_account u ON u.id = n.recipient_id AND u.state = 'ACTIVE'
                        WHERE n.alerted_at IS NULL AND n.recipient_id IS NOT NULL AND n.created_at > :oldest
                          AND n.created_at + make_interval(mins => p.unread_alert_delay_minutes) <= :now
                          AND NOT EXISTS (SELECT 1 FROM notification_read r WHERE r.notification_id = n.id AND r.account_id = n.recipient_id)
                        ORDER BY n.created_at, n.id
                        LIMIT :limit
                        FOR UPDATE OF n SKIP LOCKED
                        """, Object[].class)
                .setParameter("oldest", Timestamp.from(now.minus(Preferences.LONGEST_ALERT_DELAY).minus(java.time.Duration.ofDays(1))))
                .setParameter("now", Timestamp.from(now))
                .setParameter("limit", limit)
                .getResultList();
        Map<UUID, List<NotificationView>> perRecipient = new LinkedHashMap<>();
        Map<UUID, Email> emails = new HashMap<>();
        for (Object[] row : rows) {
            UUID recipient = (UUID) row[8];
            emails.put(recipient, Email.of((String) row[9]));
            perRecipient.computeIfAbsent(recipient, r -> new ArrayList<>()).add(view(row));
        }
        return perRecipient.entrySet().stream()
                .map(entry -> new UnreadAlert(new Recipient(new UserId(entry.getKey()), emails.get(entry.getKey())), entry.getValue()))
                .toList();
    }

    @Override
    public void markAlerted(Set<UUID> notifications, Instant at) {
        if (notifications.isEmpty()) {
            return;
        }
        entityManager.createNativeQuery("UPDATE notification SET alerted_at = :at WHERE id IN (:ids) AND alerted_at IS NULL")
                .setParameter("at", Timestamp.from(at))
                .setParameter("ids", List.copyOf(notifications))
                .executeUpdate();
    }

    private static NotificationView view(Object[] row) {
        return new NotificationView((UUID) row[0], NotificationEventType.valueOf((String) row[1]), (String) row[2], (String) row[3],
                new NotificationTarget(NotificationTarget.Kind.valueOf((String) row[4]), (String) row[5]), SqlValues.instant(row[6]),
                Optional.ofNullable(row[7]).map(SqlValues::instant));
    }
}
