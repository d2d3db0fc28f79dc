package fr.passerelle.application.reminder;

/**
 * Inbound port: sends the login of the matching active accounts to their contact addresses. It tells the caller
 * nothing, so that nobody learns through it whether an account exists.
 */
public interface RemindIdentifier {

    void remind(IdentifierReminderRequest request);
}
