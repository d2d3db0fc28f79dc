package fr.passerelle.application.profile;

import fr.passerelle.application.account.Accounts;
import fr.passerelle.application.account.StoredAccount;
import fr.passerelle.application.identity.AccountDirectory;
import fr.passerelle.application.identity.Caller;
import fr.passerelle.application.identity.CallerActors;
import fr.passerelle.application.shared.Clock;
import fr.passerelle.application.shared.ResourceNotFoundException;
import fr.passerelle.application.shared.VersionMismatchException;
import fr.passerelle.domain.account.Actor;
import fr.passerelle.domain.account.UserAccount;

import java.time.Instant;
import java.util.Objects;

/**
 * The owner changes their own contact details. Only what differs is changed, so that the account's history records
 * what the person actually changed; an unchanged profile is not stored again.
 */
public final class ManageMyProfileService implements ManageMyProfile {

    private static final String NOT_FOUND = "Votre compte n’est pas connu de Passerelle : adressez-vous à l’OPCO.";

    private final Accounts accounts;
    private final UserAccounts access;
    private final CallerActors actors;
    private final Clock clock;

    public ManageMyProfileService(Accounts accounts, UserAccounts access, AccountDirectory directory, Clock clock) {
        this.accounts = Objects.requireNonNull(accounts);
        this.access = Objects.requireNonNull(access);
        this.actors = new CallerActors(directory);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public MyAccount view(Caller caller) {
        return myAccount(caller, load(requireActor(caller)));
    }

    @Override
    public MyAccount update(Caller caller, ProfileUpdate update) {
        Actor actor = requireActor(caller);
        StoredAccount stored = load(actor);
        update.expectedVersion()
                .filter(expected -> expected != stored.version())
                .ifPresent(expected -> {
                    throw new VersionMismatchException(expected, stored.version());
                });
        UserAccount account = UserAccount.restore(stored.snapshot());
        Instant at = clock.now();
        if (!account.contactEmail().equals(update.contactEmail())) {
            account.changeContactEmail(actor, at, update.contactEmail());
        }
        if (!account.phone().equals(update.phone())) {
            account.changePhone(actor, at, update.phone());
        }
        if (update.preferredEstablishment().isPresent() && !update.preferredEstablishment().equals(account.preferredEstablishment())) {
            account.choosePreferredEstablishment(actor, at, update.preferredEstablishment().get());
        }
        if (account.snapshot().equals(stored.snapshot())) {
            return myAccount(caller, stored);
        }
        return myAccount(caller, accounts.update(account.snapshot(), stored.version()));
    }

    private Actor requireActor(Caller caller) {
        return actors.actorFor(caller).orElseThrow(() -> new ResourceNotFoundException(NOT_FOUND));
    }

    private StoredAccount load(Actor actor) {
        return accounts.find(actor.id()).orElseThrow(() -> new ResourceNotFoundException(NOT_FOUND));
    }

    private MyAccount myAccount(Caller caller, StoredAccount stored) {
        return new MyAccount(stored, access.accessOf(caller.subject()).orElse(AccountAccess.NONE));
    }
}
