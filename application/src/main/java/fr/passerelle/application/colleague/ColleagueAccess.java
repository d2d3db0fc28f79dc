package fr.passerelle.application.colleague;

import fr.passerelle.application.account.Accounts;
import fr.passerelle.application.account.StoredAccount;
import fr.passerelle.application.colleague.ColleagueCommands.AccountRef;
import fr.passerelle.application.establishment.Establishments;
import fr.passerelle.application.identity.AccountDirectory;
import fr.passerelle.application.identity.Caller;
import fr.passerelle.application.identity.CallerActors;
import fr.passerelle.application.shared.Clock;
import fr.passerelle.application.shared.ResourceNotFoundException;
import fr.passerelle.application.shared.VersionMismatchException;
import fr.passerelle.domain.account.Actor;
import fr.passerelle.domain.account.ActorKind;
import fr.passerelle.domain.account.EstablishmentsKeepAnAdmin;
import fr.passerelle.domain.account.UserAccount;
import fr.passerelle.domain.account.UserAccountSnapshot;
import fr.passerelle.domain.establishment.Establishment;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.UserId;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The authorization of the colleague use cases, in one place. An account is seen by staff, by its owner, and by the
 * ADMINs of an establishment it is linked to; anyone else is told it does not exist. Every change goes through
 * {@link #change}: load, check the version read, change, check that no establishment loses its last active ADMIN,
 * store.
 */
final class ColleagueAccess {

    static final String ACCOUNT_NOT_FOUND = "Ce compte n’existe pas ou ne vous est pas accessible.";
    static final String ESTABLISHMENT_NOT_FOUND = "Cet établissement n’existe pas ou ne vous est pas accessible.";

    /** A change to an account, made by an actor at an instant. */
    @FunctionalInterface
    interface Change {
        void apply(UserAccount account, Actor actor, Instant at);
    }

    private final Accounts accounts;
    private final Colleagues colleagues;
    private final Establishments establishments;
    private final CallerActors actors;
    private final Clock clock;

    ColleagueAccess(Accounts accounts, Colleagues colleagues, Establishments establishments, AccountDirectory directory, Clock clock) {
        this.accounts = Objects.requireNonNull(accounts);
        this.colleagues = Objects.requireNonNull(colleagues);
        this.establishments = Objects.requireNonNull(establishments);
        this.actors = new CallerActors(directory);
        this.clock = Objects.requireNonNull(clock);
    }

    Instant now() {
        return clock.now();
    }

    Actor requireActor(Caller caller) {
        return actors.actorFor(caller).orElseThrow(() -> new ResourceNotFoundException(ACCOUNT_NOT_FOUND));
    }

    static boolean mayManage(Actor actor, UserAccountSnapshot account) {
        return actor.is(ActorKind.STAFF) || actor.id().equals(account.id())
                || account.links().keySet().stream().anyMatch(actor::isAdminOf);
    }

    StoredAccount visible(Actor actor, UserId id) {
        return accounts.find(id)
                .filter(stored -> mayManage(actor, stored.snapshot()))
                .orElseThrow(() -> new ResourceNotFoundException(ACCOUNT_NOT_FOUND));
    }

    /** The establishment, provided the actor is linked to it (staff: any); whether they may grant rights there is the domain's call. */
    Establishment known(Actor actor, EstablishmentId id) {
        return establishments.find(id)
                .filter(found -> actor.is(ActorKind.STAFF) || actor.rights().containsKey(found.id()))
                .orElseThrow(() -> new ResourceNotFoundException(ESTABLISHMENT_NOT_FOUND));
    }

    /** The establishment, provided the actor administers it (staff: any). */
    Establishment administered(Actor actor, EstablishmentId id) {
        return establishments.find(id)
                .filter(found -> actor.is(ActorKind.STAFF) || actor.isAdminOf(found.id()))
                .orElseThrow(() -> new ResourceNotFoundException(ESTABLISHMENT_NOT_FOUND));
    }

    ColleagueView view(Actor actor, StoredAccount stored) {
        UserAccount account = UserAccount.restore(stored.snapshot());
        List<ColleagueLink> links = account.links().entrySet().stream()
                .flatMap(link -> establishments.find(link.getKey())
                        .map(found -> new ColleagueLink(found.id(), found.siret().value(), found.name(), link.getValue()))
                        .stream())
                .sorted(Comparator.comparing(ColleagueLink::name))
                .toList();
        return new ColleagueView(stored, links, accounts.trainingBodyOf(account.id()), account.allowedActions(actor));
    }

    StoredAccount change(Actor actor, AccountRef ref, Change change) {
        return change(actor, ref, change, IdentityChange.NONE);
    }

    /**
     * Changes the account and the identity provider's user together. The provider is told only once every rule has
     * passed, and before the account is stored: when it cannot be reached nothing is stored, whatever the transaction
     * does; when the account then cannot be stored, the provider's change is undone.
     */
    StoredAccount change(Actor actor, AccountRef ref, Change change, IdentityChange identity) {
        StoredAccount stored = visible(actor, ref.id());
        ref.expectedVersion()
                .filter(expected -> expected != stored.version())
                .ifPresent(expected -> {
                    throw new VersionMismatchException(expected, stored.version());
                });
        return changeStored(actor, stored, change, identity);
    }

    /** Applies the change to an account already loaded and checked, keeping every establishment administered. */
    StoredAccount changeStored(Actor actor, StoredAccount stored, Change change) {
        return changeStored(actor, stored, change, IdentityChange.NONE);
    }

    private StoredAccount changeStored(Actor actor, StoredAccount stored, Change change, IdentityChange identity) {
        UserAccount before = UserAccount.restore(stored.snapshot());
        UserAccount after = UserAccount.restore(stored.snapshot());
        change.apply(after, actor, clock.now());
        Set<EstablishmentId> losingAdmin = before.links().keySet().stream()
                .filter(establishment -> before.administers(establishment) && !after.administers(establishment))
                .collect(Collectors.toSet());
        if (!losingAdmin.isEmpty()) {
            EstablishmentsKeepAnAdmin.check(before, after, colleagues.activeAdminsOf(losingAdmin));
        }
        identity.apply().accept(stored.subject());
        try {
            return accounts.update(after.snapshot(), stored.version());
        } catch (RuntimeException failed) {
            try {
                identity.undo().accept(stored.subject());
            } catch (RuntimeException undoFailed) {
                failed.addSuppressed(undoFailed);
            }
            throw failed;
        }
    }

    /** What the identity provider's user undergoes with a change of the account, and how to take it back. */
    record IdentityChange(Consumer<String> apply, Consumer<String> undo) {

        static final IdentityChange NONE = new IdentityChange(subject -> { }, subject -> { });
    }
}
