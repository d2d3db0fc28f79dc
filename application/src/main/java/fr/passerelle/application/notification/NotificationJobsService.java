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
 * for what it is. Emails are sent one at a time. One that fails (an address the server refuses) does not hold back the
 * others; after a few failures in a row the server is taken for down, and the rest of the run is put back with the
 * same backoff without being tried, so that a long outbox does not take one connection timeout per email.
 */
public final class NotificationJobsService implements NotificationJobs {

    static final int DAYS_BEFORE_DUE = 3;
    /** After this many failures in a row the server is taken for down: the rest of the run waits with the same backoff. */
    static final int FAILURES_MEANING_SERVER_DOWN = 3;
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
        List<QueuedMail> claimed = outbox.claimDue(clock.now(), batchSize);
        int sent = 0;
        int failedInARow = 0;
        for (int i = 0; i < claimed.size(); i++) {
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
