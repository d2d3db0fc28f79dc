package fr.passerelle.application.establishment;

import fr.passerelle.application.document.DocumentOwner;
import fr.passerelle.application.document.DocumentStore;
import fr.passerelle.application.identity.AccountDirectory;
import fr.passerelle.application.identity.Caller;
import fr.passerelle.application.identity.CallerActors;
import fr.passerelle.application.shared.Clock;
import fr.passerelle.application.shared.ResourceNotFoundException;
import fr.passerelle.application.shared.VersionMismatchException;
import fr.passerelle.domain.account.Actor;
import fr.passerelle.domain.account.ActorKind;
import fr.passerelle.domain.account.Right;
import fr.passerelle.domain.establishment.ChangeRequest;
import fr.passerelle.domain.establishment.Establishment;
import fr.passerelle.domain.shared.EstablishmentId;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The authorization of every establishment use case, in one place. Staff see every establishment; an employer sees
 * those their account is linked to, whatever the rights; anyone else is told it does not exist. IBANs in full and
 * the proofs of bank accounts are for staff and for users with {@code MANAGE_COMPANY} (or {@code ADMIN}): they are
 * what a fraudster would need to divert payments, and the colleagues who only file dossiers have no use for them.
 */
final class EstablishmentAccess {

    static final String NOT_FOUND = "Cet établissement n’existe pas ou ne vous est pas accessible.";

    /** A change to an establishment, made by an actor at an instant. */
    @FunctionalInterface
    interface Change {
        void apply(Establishment establishment, Actor actor, Instant at);
    }

    private final Establishments establishments;
    private final CallerActors actors;
    private final AccountDirectory accounts;
    private final DocumentStore files;
    private final Clock clock;

    EstablishmentAccess(Establishments establishments, AccountDirectory accounts, DocumentStore files, Clock clock) {
        this.establishments = Objects.requireNonNull(establishments);
        this.actors = new CallerActors(accounts);
        this.accounts = Objects.requireNonNull(accounts);
        this.files = Objects.requireNonNull(files);
        this.clock = Objects.requireNonNull(clock);
    }

    Instant now() {
        return clock.now();
    }

    Optional<Actor> actorFor(Caller caller) {
        return actors.actorFor(caller);
    }

    Actor requireActor(Caller caller) {
        return actorFor(caller).orElseThrow(() -> new ResourceNotFoundException(NOT_FOUND));
    }

    static boolean canSee(Actor actor, EstablishmentId establishment) {
        return actor.is(ActorKind.STAFF) || actor.is(ActorKind.EMPLOYER) && actor.rights().containsKey(establishment);
    }

    static boolean seesBankDetails(Actor actor, EstablishmentId establishment) {
        return actor.is(ActorKind.STAFF) || actor.hasRight(establishment, Right.MANAGE_COMPANY);
    }

    StoredEstablishment visible(Actor actor, EstablishmentId id) {
        return Optional.of(id)
                .filter(candidate -> canSee(actor, candidate))
                .flatMap(establishments::findStored)
                .orElseThrow(() -> new ResourceNotFoundException(NOT_FOUND));
    }

    EstablishmentView view(Actor actor, StoredEstablishment stored) {
        Establishment establishment = Establishment.restore(stored.snapshot());
        boolean bankDetails = seesBankDetails(actor, establishment.id());
        return new EstablishmentView(stored.snapshot(), stored.version(), establishment.allowedActions(actor), bankDetails,
                bankDetails ? files.filesOf(DocumentOwner.of(establishment.id())) : Map.of(),
                accounts.displayNames(establishment.changeRequests().stream().map(ChangeRequest::requestedBy)
                        .collect(Collectors.toSet())));
    }

    /** Loads the establishment the actor may see, checks the version they read, applies the change and stores it. */
    StoredEstablishment change(Actor actor, EstablishmentRef ref, Change change) {
        StoredEstablishment stored = visible(actor, ref.id());
        ref.expectedVersion()
                .filter(expected -> expected != stored.version())
                .ifPresent(expected -> {
                    throw new VersionMismatchException(expected, stored.version());
                });
        Establishment establishment = Establishment.restore(stored.snapshot());
        change.apply(establishment, actor, clock.now());
        return establishments.update(establishment.snapshot(), stored.version());
    }

    EstablishmentView changeAndView(Caller caller, EstablishmentRef ref, Change change) {
        Actor actor = requireActor(caller);
        return view(actor, change(actor, ref, change));
    }
}
