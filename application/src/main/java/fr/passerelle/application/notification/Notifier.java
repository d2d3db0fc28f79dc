package fr.passerelle.application.notification;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Publishes notices: one notification per recipient (the one who caused the event excepted) and, for those who want
 * this type of event by email, an email in the outbox. Both are keyed by the event, so publishing the same event
 * again (a retried command, a job run twice) adds nothing.
 */
public final class Notifier implements NotificationPublisher {

    private final Notifications notifications;
    private final NotificationRecipients recipients;
    private final NotificationPreferences preferences;
    private final MailOutbox outbox;
    private final MailTexts texts;

    public Notifier(Notifications notifications, NotificationRecipients recipients, NotificationPreferences preferences,
                    MailOutbox outbox, MailTexts texts) {
        this.notifications = Objects.requireNonNull(notifications);
        this.recipients = Objects.requireNonNull(recipients);
        this.preferences = Objects.requireNonNull(preferences);
        this.outbox = Objects.requireNonNull(outbox);
        this.texts = Objects.requireNonNull(texts);
    }

    @Override
    public void publish(Notice notice) {
        Audience audience = notice.audience();
        if (audience instanceof Audience.Staff) {
            notifications.add(notification(notice, Optional.empty()));
        } else if (audience instanceof Audience.Account one) {
            recipients.account(one.account()).ifPresent(recipient -> tell(recipient, notice));
        } else if (audience instanceof Audience.EstablishmentUsers users) {
            recipients.linkedTo(users.establishment(), users.anyOf()).forEach(recipient -> tell(recipient, notice));
        }
    }

    private void tell(Recipient recipient, Notice notice) {
        if (notice.causedBy().filter(recipient.account()::equals).isPresent()) {
            return;
        }
        boolean added = notifications.add(notification(notice, Optional.of(recipient)));
        if (added && preferences.of(recipient.account()).byEmail(notice.type())) {
            outbox.enqueue(new OutgoingMail(UUID.randomUUID(), notice.eventKey() + ":" + recipient.account().value(),
                    recipient.contactEmail(), notice.title(), texts.ofNotice(notice), notice.at()));
        }
    }

    private static NewNotification notification(Notice notice, Optional<Recipient> recipient) {
        return new NewNotification(UUID.randomUUID(), recipient.map(Recipient::account), notice.type(), notice.title(),
                notice.text(), notice.target(), notice.eventKey(), notice.at());
    }
}
