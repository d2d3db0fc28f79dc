package fr.passerelle.application.notification;

import fr.passerelle.application.shared.Clock;
import fr.passerelle.domain.account.Right;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The background work of notifications that runs as one transaction per call: alerting unread notifications and
 * reminding due documents. Sending the outbox is {@link MailDeliveryService}'s.
 */
public final class NotificationJobsService implements NotificationJobs {

    static final int DAYS_BEFORE_DUE = 3;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MailOutbox outbox;
    private final Notifications notifications;
    private final DocumentsDue documentsDue;
    private final NotificationPublisher publisher;
    private final MailTexts texts;
    private final Clock clock;
    private final int batchSize;

    public NotificationJobsService(MailOutbox outbox, Notifications notifications, DocumentsDue documentsDue,
                                   NotificationPublisher publisher, MailTexts texts, Clock clock, int batchSize) {
        this.outbox = Objects.requireNonNull(outbox);
        this.notifications = Objects.requireNonNull(notifications);
        this.documentsDue = Objects.requireNonNull(documentsDue);
        this.publisher = Objects.requireNonNull(publisher);
        this.texts = Objects.requireNonNull(texts);
        this.clock = Objects.requireNonNull(clock);
        this.batchSize = batchSize;
    }

    @Override
    public int alertUnread() {
        Instant now = clock.now();
        int queued = 0;
        for (Notifications.UnreadAlert alert : notifications.dueUnreadAlerts(now, batchSize)) {
            List<NotificationView> unread = alert.notifications();
            Set<UUID> ids = unread.stream().map(NotificationView::id).collect(Collectors.toSet());
            // Each notification is alerted once, so the first one names this alert and no other.
            String key = "unread-alert:" + unread.get(0).id() + ":" + alert.recipient().account().value();
            if (outbox.enqueue(new OutgoingMail(UUID.randomUUID(), key, alert.recipient().contactEmail(),
                    texts.unreadAlertSubject(unread.size()), texts.unreadAlert(unread), now))) {
                queued++;
            }
            notifications.markAlerted(ids, now);
        }
        return queued;
    }

    @Override
    public int remindDocumentsDue() {
        Instant now = clock.now();
        LocalDate today = LocalDate.ofInstant(now, MailTexts.PARIS);
        int reminded = 0;
        for (DocumentsDue.Request request : documentsDue.notRemindedDueBetween(today, today.plusDays(DAYS_BEFORE_DUE), batchSize)) {
            if (documentsDue.markReminded(request, now)) {
                publisher.publish(new Notice(NotificationEventType.DOCUMENTS_DUE_SOON,
                        Audience.establishmentUsers(request.establishment(), Set.of(Right.MANAGE_DOSSIERS)),
                        "Pièces attendues avant le " + DAY.format(request.dueDate()) + " : dossier " + request.number().value(),
                        "Les pièces demandées par l’OPCO pour le dossier " + request.number().value() + " sont attendues au plus tard le "
                                + DAY.format(request.dueDate()) + ". Déposez-les puis renvoyez le dossier.",
                        NotificationTarget.dossier(request.number()),
                        "documents-due:" + request.dossier().value() + ":" + request.requestedAt().toEpochMilli(), now, Optional.empty()));
                reminded++;
            }
        }
        return reminded;
    }
}
