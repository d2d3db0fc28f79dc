package fr.passerelle.application.notification;

/**
 * Tells the notice's audience, within the caller's transaction: the notifications and the emails (in the outbox)
 * are stored with the change that caused them, or not at all.
 */
public interface NotificationPublisher {

    void publish(Notice notice);
}
