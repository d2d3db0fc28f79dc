package fr.passerelle.application.notification;

/**
 * What a notification is about; each user chooses, per type, whether it also comes by email. The default channel
 * applies until they choose: by email too for what asks them to act or decides something of theirs, in the app only
 * for messages (one may come after another).
 */
public enum NotificationEventType {
    DOSSIER_STATUS_CHANGED(NotificationChannel.IN_APP_AND_EMAIL),
    DOCUMENTS_REQUESTED(NotificationChannel.IN_APP_AND_EMAIL),
    DOCUMENTS_DUE_SOON(NotificationChannel.IN_APP_AND_EMAIL),
    NEW_MESSAGE(NotificationChannel.IN_APP),
    ACCOUNT_DECIDED(NotificationChannel.IN_APP_AND_EMAIL),
    LINK_REQUEST_DECIDED(NotificationChannel.IN_APP_AND_EMAIL),
    CHANGE_REQUEST_DECIDED(NotificationChannel.IN_APP_AND_EMAIL),
    BANK_ACCOUNT_DECIDED(NotificationChannel.IN_APP_AND_EMAIL);

    private final NotificationChannel defaultChannel;

    NotificationEventType(NotificationChannel defaultChannel) {
        this.defaultChannel = defaultChannel;
    }

    public NotificationChannel defaultChannel() {
        return defaultChannel;
    }
}
