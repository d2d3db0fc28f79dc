package fr.passerelle.application.notification;

import fr.passerelle.application.shared.Clock;
import fr.passerelle.domain.account.Right;

import java.time.Duration;
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
 * The background work of notifications: sending the outbox, alerting unread notifications, reminding due documents.
 *
 * <p>Delivery is at least once. An email is marked sent in the transaction that claimed it, once the mail server has
 * accepted it; a failed attempt is recorded with the next one due after an exponential backoff (capped), so a server
 * that is down loses nothing. If the process dies after the server accepted an email and before that transaction
 * commits, the email is sent again on the next run: a rare duplicate is preferred to a lost email (a due date, a
 * decision). The adapter gives each email a Message-ID made from its outbox id, so that the duplicate can be told
 * for what it is. Emails are sent one at a time; the first failure ends the run, as the server is most likely down
 * for the others too.
 */
public final class NotificationJobsService implements NotificationJobs {

    static final int DAYS_BEFORE_DUE = 3;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MailOutbox outbox;
    private final MailSender sender;
    private final Notifications notifications;
    private final DocumentsDue documentsDue;
    private final NotificationPublisher publisher;
    private final MailTexts texts;
    private final Clock clock;
    private final Backoff backoff;
    private final int batchSize;

    public NotificationJobsService(MailOutbox outbox, MailSender sender, Notifications notifications, DocumentsDue documentsDue,
                                   NotificationPublisher publisher, MailTexts texts, Clock clock, Backoff backoff, int batchSize) {
        this.outbox = Objects.requireNonNull(outbox);
        this.sender = Objects.requireNonNull(sender);
        this.notifications = Objects.requireNonNull(notifications);
        this.documentsDue = Objects.requireNonNull(documentsDue);
        this.publisher = Objects.requireNonNull(publisher);
        this.texts = Objects.requireNonNull(texts);
        this.clock = Objects.requireNonNull(clock);
        this.backoff = Objects.requireNonNull(backoff);
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
        int sent = 0;
        for (QueuedMail mail : outbox.claimDue(clock.now(), batchSize)) {
            try {
                sender.send(mail);
            } catch (MailSender.MailNotSentException failure) {
                Instant now = clock.now();
                outbox.markFailed(mail.id(), failure.getMessage(), now.plus(backoff.afterFailures(mail.attempts() + 1)));
                return sent;
            }
            outbox.markSent(mail.id(), clock.now());
            sent++;
        }
        return sent;
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
