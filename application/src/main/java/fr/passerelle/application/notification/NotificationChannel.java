package fr.passerelle.application.notification;

/** How a user is told of one type of event. A notification always appears in the app. */
public enum NotificationChannel {
    IN_APP,
    IN_APP_AND_EMAIL
}
