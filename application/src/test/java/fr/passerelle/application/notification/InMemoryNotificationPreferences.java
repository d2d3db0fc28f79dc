package fr.passerelle.application.notification;

import fr.passerelle.domain.shared.UserId;

import java.util.HashMap;
import java.util.Map;

final class InMemoryNotificationPreferences implements NotificationPreferences {

    private final Map<UserId, Preferences> saved = new HashMap<>();

    @Override
    public Preferences of(UserId account) {
        return saved.getOrDefault(account, Preferences.DEFAULTS);
    }

    @Override
    public void save(UserId account, Preferences preferences) {
        saved.put(account, preferences);
    }
}
