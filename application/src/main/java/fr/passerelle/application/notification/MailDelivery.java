package fr.passerelle.application.notification;

/**
 * Inbound port of the outbox worker. Unlike {@link NotificationJobs}, a call is not one unit of work: claiming the due
 * emails and recording each attempt are separate steps, so that nothing is held open while the mail server answers.
 */
public interface MailDelivery {

    /** Sends the outbox's due emails; returns how many went out. */
    int deliverDueMails();
}
