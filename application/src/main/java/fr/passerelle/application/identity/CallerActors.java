package fr.passerelle.application.identity;

import fr.passerelle.application.shared.AccountNotActiveException;
import fr.passerelle.domain.account.Actor;
import fr.passerelle.domain.account.UserAccountStatus;

import java.util.Objects;
import java.util.Optional;

/**
 * Who a caller is for the use cases: staff, an employer with their rights per establishment, or someone speaking for
 * the training body their account is linked to. An account that is
 * not active (waiting for verification or approval, suspended, closed, rejected) may act on nothing: only its own
 * status stays readable, through the profile.
 */
public final class CallerActors {

    private final AccountDirectory accounts;

    public CallerActors(AccountDirectory accounts) {
        this.accounts = Objects.requireNonNull(accounts);
    }

    /**
     * The caller as the domain knows actors; empty when Passerelle lets them act on nothing at all.
     *
     * @throws AccountNotActiveException when the caller's account exists but is not active
     */
    public Optional<Actor> actorFor(Caller caller) {
        return accounts.bySubject(caller.subject()).flatMap(account -> actorFor(caller, account));
    }

    private static Optional<Actor> actorFor(Caller caller, AccountRecord account) {
        if (account.status() != UserAccountStatus.ACTIVE) {
            throw new AccountNotActiveException(account.status());
        }
        if (caller.has(Role.OPCO_STAFF)) {
            return Optional.of(Actor.staff(account.id()));
        }
        if (caller.has(Role.EMPLOYER)) {
            return Optional.of(Actor.employer(account.id(), account.rights()));
        }
        if (caller.has(Role.TRAINING_BODY)) {
            return account.trainingBody().map(siret -> Actor.trainingBody(account.id(), siret));
        }
        return Optional.empty();
    }
}
