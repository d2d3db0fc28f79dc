package fr.passerelle.application.notification;

import fr.passerelle.application.dossier.PageRequest;
import fr.passerelle.application.shared.Page;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Outbound port: the notifications, who read them, and which were alerted by email. */
public interface Notifications {

    /** Stores it unless its recipient (or staff) already has one with the same event key; true when stored. */
    boolean add(NewNotification notification);

    /**
     * The reader's notifications, the newest first.
     *
     * @throws fr.passerelle.application.shared.MalformedInputException when the cursor was not given by this store
     */
    Page<NotificationView> of(Reader reader, boolean unreadOnly, PageRequest page);

    long unreadCount(Reader reader);

    /** Marks it read by the reader (the first reading time stays); empty when the reader may not see it. */
    Optional<NotificationView> markRead(Reader reader, UUID id, Instant at);

    void markAllRead(Reader reader, Instant at);

    /**
     * Personal notifications still unread and not alerted, older than their recipient's unread-alert delay at
     * {@code now}, grouped per recipient, the oldest first; at most {@code limit} notifications in all.
     */
    List<UnreadAlert> dueUnreadAlerts(Instant now, int limit);

    /** Records that these notifications were alerted, so that no later run alerts them again. */
    void markAlerted(Set<UUID> notifications, Instant at);

    record UnreadAlert(Recipient recipient, List<NotificationView> notifications) {
        public UnreadAlert {
            notifications = List.copyOf(notifications);
        }
    }
}
