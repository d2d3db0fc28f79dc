package fr.passerelle.domain.account;

import fr.passerelle.domain.shared.DomainEvent;
import fr.passerelle.domain.shared.Email;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.UserId;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

public sealed interface UserAccountEvent extends DomainEvent {

    UserId accountId();

    /** Someone registered by themselves, asking for one or more establishments; the e-mail must now be verified. */
    record Registered(UserId accountId, Email login, Set<EstablishmentId> requestedEstablishments, UserId by, Instant at)
            implements UserAccountEvent {
    }

    /** Staff or an ADMIN created the account; its owner must choose a password at first login. */
    record Invited(UserId accountId, Email login, Map<EstablishmentId, Set<Right>> links, UserId by, Instant at)
            implements UserAccountEvent {
    }

    record Transitioned(UserId accountId, UserAccountAction action, UserAccountStatus from, UserAccountStatus to,
                        Optional<String> reason, UserId by, Instant at) implements UserAccountEvent {
    }
}
