package fr.passerelle.bootstrap.wiring;

import fr.passerelle.application.notification.MailDelivery;
import fr.passerelle.application.notification.NotificationJobs;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The notification jobs, at the intervals of {@code passerelle.notifications.*} (short in the test profile). A run
 * still going when the next is due is skipped; several instances of the app may run them side by side, since the
 * outbox is claimed under a lease (taken with {@code SKIP LOCKED}), the alerts are claimed row by row with
 * {@code SKIP LOCKED} and the reminders are recorded once.
 */
@ApplicationScoped
class NotificationSchedule {

    private final MailDelivery delivery;
    private final NotificationJobs jobs;

    NotificationSchedule(MailDelivery delivery, NotificationJobs jobs) {
        this.delivery = delivery;
        this.jobs = jobs;
    }

    @Scheduled(identity = "mail-outbox", every = "${passerelle.notifications.delivery-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deliverMails() {
        delivery.deliverDueMails();
    }

    @Scheduled(identity = "unread-alerts", every = "${passerelle.notifications.unread-alert-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void alertUnread() {
        jobs.alertUnread();
    }

    @Scheduled(identity = "documents-due", every = "${passerelle.notifications.documents-due-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void remindDocumentsDue() {
        jobs.remindDocumentsDue();
    }
}
