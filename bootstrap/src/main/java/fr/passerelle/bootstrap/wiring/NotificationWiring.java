package fr.passerelle.bootstrap.wiring;

import fr.passerelle.application.establishment.Establishments;
import fr.passerelle.application.identity.AccountDirectory;
import fr.passerelle.application.notification.ChangeNotifier;
import fr.passerelle.application.notification.DocumentsDue;
import fr.passerelle.application.notification.MailDelivery;
import fr.passerelle.application.notification.MailDeliveryService;
import fr.passerelle.application.notification.MailOutbox;
import fr.passerelle.application.notification.MailSender;
import fr.passerelle.application.notification.MailTexts;
import fr.passerelle.application.notification.MyNotifications;
import fr.passerelle.application.notification.MyNotificationsService;
import fr.passerelle.application.notification.NotificationJobs;
import fr.passerelle.application.notification.NotificationJobsService;
import fr.passerelle.application.notification.NotificationPreferences;
import fr.passerelle.application.notification.NotificationPublisher;
import fr.passerelle.application.notification.NotificationRecipients;
import fr.passerelle.application.notification.Notifications;
import fr.passerelle.application.notification.Notifier;
import fr.passerelle.application.shared.Clock;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * Notifications and email delivery (issue 6). The publisher and the change notifier have no transaction of their
 * own: they write within the use case that calls them (see {@link NotifyingDossiers} and its siblings), so that
 * notifications and outbox rows commit with the change. The alert and reminder jobs open one transaction per run. The
 * outbox worker opens none: each outbox call joins the caller's transaction or commits on its own, so that the claim
 * (a lease) and each email's record commit at once and the mail server is called with no transaction open.
 */
class NotificationWiring {

    @Produces
    @Singleton
    MailTexts mailTexts(@ConfigProperty(name = "passerelle.public-url") String publicUrl) {
        return new MailTexts(publicUrl);
    }

    /** The one call other features make to notify, e.g. {@code publisher.publish(Notice.newMessage(...))}. */
    @Produces
    @Singleton
    NotificationPublisher notificationPublisher(Notifications notifications, NotificationRecipients recipients,
                                                NotificationPreferences preferences, MailOutbox outbox, MailTexts texts) {
        return new Notifier(notifications, recipients, preferences, TransactionBoundary.perCall(MailOutbox.class, outbox), texts);
    }

    @Produces
    @Singleton
    ChangeNotifier changeNotifier(NotificationPublisher publisher, Establishments establishments) {
        return new ChangeNotifier(publisher, establishments);
    }

    @Produces
    @Singleton
    MyNotifications myNotifications(Notifications notifications, NotificationPreferences preferences, AccountDirectory accounts,
                                    Clock clock) {
        return TransactionBoundary.around(MyNotifications.class, new MyNotificationsService(notifications, preferences, accounts, clock));
    }

    @Produces
    @Singleton
    NotificationJobs notificationJobs(MailOutbox outbox, Notifications notifications, DocumentsDue documentsDue,
                                      NotificationPublisher publisher, MailTexts texts, Clock clock,
                                      @ConfigProperty(name = "passerelle.notifications.batch-size") int batchSize) {
        return TransactionBoundary.around(NotificationJobs.class, new NotificationJobsService(
                TransactionBoundary.perCall(MailOutbox.class, outbox), notifications, documentsDue, publisher, texts, clock, batchSize));
    }

    /**
     * Not wrapped in {@link TransactionBoundary#around}: a transaction spanning a run would hold the claimed rows'
     * locks and a connection while SMTP answers, and a run outlasting its timeout would roll back the records of
     * emails the server had accepted, to send them all again. With no transaction open, the mail sender needs no
     * {@link TransactionBoundary#outside} either.
     */
    @Produces
    @Singleton
    MailDelivery mailDelivery(MailOutbox outbox, MailSender sender, Clock clock,
                              @ConfigProperty(name = "passerelle.notifications.retry-first") Duration retryFirst,
                              @ConfigProperty(name = "passerelle.notifications.retry-cap") Duration retryCap,
                              @ConfigProperty(name = "passerelle.notifications.delivery-lease") Duration lease,
                              @ConfigProperty(name = "passerelle.notifications.batch-size") int batchSize) {
        return new MailDeliveryService(TransactionBoundary.perCall(MailOutbox.class, outbox), sender, clock,
                new MailDeliveryService.Backoff(retryFirst, retryCap), lease, batchSize);
    }
}
