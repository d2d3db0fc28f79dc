package fr.passerelle.application.identity;

import fr.passerelle.domain.account.Right;
import fr.passerelle.domain.account.UserAccountStatus;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.Siret;
import fr.passerelle.domain.shared.UserId;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The accounts of a use-case test: each caller it makes is active, with the given rights. */
public final class InMemoryAccountDirectory implements AccountDirectory {

    private final Map<String, AccountRecord> accounts = new HashMap<>();

    /** A new active account and the caller its tokens would stand for. */
    public Caller caller(Role role, String name, Map<EstablishmentId, Set<Right>> rights) {
        String subject = UUID.randomUUID().toString();
        accounts.put(subject, new AccountRecord(new UserId(UUID.randomUUID()), name, UserAccountStatus.ACTIVE, rights));
        return new Caller(subject, name.toLowerCase().replace(' ', '.') + "@example.fr", name, Set.of(role));
    }

    /** A new active training-body account, speaking for the training body of that SIRET. */
    public Caller trainingBody(String name, Siret siret) {
        String subject = UUID.randomUUID().toString();
        accounts.put(subject, new AccountRecord(new UserId(UUID.randomUUID()), name, UserAccountStatus.ACTIVE, Map.of(), Optional.of(siret)));
        return new Caller(subject, name.toLowerCase().replace(' ', '.') + "@example.fr", name, Set.of(Role.TRAINING_BODY));
    }

    @Override
    public Optional<AccountRecord> bySubject(String subject) {
        return Optional.ofNullable(accounts.get(subject));
    }

    @Override
    public Map<UserId, String> displayNames(Set<UserId> users) {
        return accounts.values().stream().filter(account -> users.contains(account.id()))
                .collect(Collectors.toMap(AccountRecord::id, AccountRecord::displayName));
    }
}
