package fr.passerelle.application.profile;

import fr.passerelle.domain.account.UserAccountStatus;

import java.util.Objects;
import java.util.Optional;

/**
 * Where the account stands, shown to its owner while it is not active: waiting for the email verification or for
 * staff, or refused, suspended or closed, with the reason staff or an admin gave for that last decision.
 */
public record AccountStanding(UserAccountStatus status, Optional<String> reason) {

    public AccountStanding {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
    }
}
