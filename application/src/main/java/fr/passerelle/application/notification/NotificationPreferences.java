package fr.passerelle.application.notification;

import fr.passerelle.domain.shared.UserId;

/** Outbound port: each account's notification preferences. */
public interface NotificationPreferences {

    /** What the account chose, or the defaults. */
    Preferences of(UserId account);

    void save(UserId account, Preferences preferences);
}
