package fr.passerelle.application.dossier;

import fr.passerelle.application.identity.AccountDirectory;
import fr.passerelle.application.identity.AccountRecord;
import fr.passerelle.application.identity.Caller;
import fr.passerelle.application.identity.Role;
import fr.passerelle.domain.account.Actor;

import java.util.Objects;
import java.util.Optional;

/** Who a caller is for the dossier use cases: staff, or an employer with their rights per establishment. */
final class CallerActors {

    private final AccountDirectory accounts;

    CallerActors(AccountDirectory accounts) {
        this.accounts = Objects.requireNonNull(accounts);
    }

    /** The caller as the domain knows actors; empty when Passerelle lets them act on no dossier at all. */
    Optional<Actor> actorFor(Caller caller) {
        return accounts.bySubject(caller.subject()).flatMap(account -> actorFor(caller, account));
    }

    private static Optional<Actor> actorFor(Caller caller, AccountRecord account) {
        if (caller.has(Role.OPCO_STAFF)) {
            return Optional.of(Actor.staff(account.id()));
        }
        if (caller.has(Role.EMPLOYER)) {
            return Optional.of(Actor.employer(account.id(), account.rights()));
        }
        return Optional.empty();
    }
}
