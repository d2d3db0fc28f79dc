package fr.passerelle.application.account;

import fr.passerelle.domain.account.UserAccountSnapshot;

import java.util.Objects;

/**
 * An account as stored: its state, the identity provider's subject (the {@code sub} of its tokens) and the version
 * optimistic locking checks.
 */
public record StoredAccount(UserAccountSnapshot snapshot, String subject, long version) {

    public StoredAccount {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(subject, "subject");
    }
}
