package fr.passerelle.application.notification;

/** Inbound port of the scheduled jobs other than the outbox worker ({@link MailDelivery}); each call is one transaction. */
public interface NotificationJobs {

    /** Puts in the outbox the unread alerts that are due; returns how many emails were queued. */
    int alertUnread();

    /** Reminds the establishments of documents due within three days; returns how many requests were reminded of. */
    int remindDocumentsDue();
}
