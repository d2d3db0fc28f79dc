package fr.passerelle.application.notification;

import fr.passerelle.domain.account.Right;
import fr.passerelle.domain.shared.Email;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.UserId;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Accounts with their contact email and their rights per establishment. */
final class InMemoryRecipients implements NotificationRecipients {

    private final Map<UserId, Email> emails = new HashMap<>();
    private final Map<UserId, Map<EstablishmentId, Set<Right>>> rights = new HashMap<>();

    void register(UserId id, String email, Map<EstablishmentId, Set<Right>> rightsPerEstablishment) {
        emails.put(id, Email.of(email));
        rights.put(id, rightsPerEstablishment);
    }

    @Override
    public Optional<Recipient> account(UserId account) {
        return Optional.ofNullable(emails.get(account)).map(email -> new Recipient(account, email));
    }

    @Override
    public List<Recipient> linkedTo(EstablishmentId establishment, Set<Right> anyOf) {
        return rights.entrySet().stream()
                .filter(entry -> entry.getValue().getOrDefault(establishment, Set.of()).stream()
                        .anyMatch(right -> right == Right.ADMIN || anyOf.contains(right)))
                .map(entry -> new Recipient(entry.getKey(), emails.get(entry.getKey())))
                .toList();
    }
}
