package fr.passerelle.application.dossier;

import fr.passerelle.application.document.DocumentOwner;
import fr.passerelle.application.document.DocumentStore;
import fr.passerelle.application.identity.AccountDirectory;
import fr.passerelle.application.identity.Caller;
import fr.passerelle.application.identity.CallerActors;
import fr.passerelle.application.invoice.Invoices;
import fr.passerelle.application.shared.Clock;
import fr.passerelle.application.shared.ResourceNotFoundException;
import fr.passerelle.application.shared.VersionMismatchException;
import fr.passerelle.domain.account.Actor;
import fr.passerelle.domain.account.ActorKind;
import fr.passerelle.domain.account.Right;
import fr.passerelle.domain.dossier.Dossier;
import fr.passerelle.domain.dossier.DossierNumber;
import fr.passerelle.domain.dossier.DossierSnapshot;
import fr.passerelle.domain.dossier.DossierStatus;
import fr.passerelle.domain.shared.DomainException;
import fr.passerelle.domain.shared.EstablishmentId;

import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The authorization of every dossier use case, in one place: who the caller is in Passerelle, which dossiers they
 * see, and the load / check version / change / store cycle of a command.
 *
 * <p>A dossier is seen by staff unless it is a draft, by employers with {@code MANAGE_DOSSIERS} on its establishment
 * in every state, and by employers with {@code VIEW_DOSSIERS} unless it is a draft. A deleted draft is seen by nobody.
 * A training body sees, read-only but for its documents, the dossiers it provides the training of under subrogation,
 * drafts excepted (the SIRET its account is linked to, {@code training_body_account}). Anyone else is told the dossier
 * does not exist.
 */
public final class DossierAccess {

    static final String NOT_FOUND = "Ce dossier n’existe pas ou ne vous est pas accessible.";

    /** A change to a dossier, made by an actor at an instant. */
    @FunctionalInterface
    interface Change {
        void apply(Dossier dossier, Actor actor, Instant at);
    }

    private final Dossiers dossiers;
    private final CallerActors actors;
    private final Clock clock;
    private final DocumentStore files;

    DossierAccess(Dossiers dossiers, AccountDirectory accounts, Clock clock, DocumentStore files) {
        this.dossiers = Objects.requireNonNull(dossiers);
        this.actors = new CallerActors(accounts);
        this.clock = Objects.requireNonNull(clock);
        this.files = Objects.requireNonNull(files);
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

    public static boolean canSee(Actor actor, DossierSnapshot dossier) {
        EstablishmentId establishment = dossier.establishmentId();
        if (dossier.status() == DossierStatus.DELETED) {
            return false;
        }
        if (actor.hasRight(establishment, Right.MANAGE_DOSSIERS)) {
            return true;
        }
        if (dossier.status() == DossierStatus.DRAFT) {
            return false;
        }
        return actor.is(ActorKind.STAFF) || actor.hasRight(establishment, Right.VIEW_DOSSIERS) || providesUnderSubrogation(actor, dossier);
    }

    private static boolean providesUnderSubrogation(Actor actor, DossierSnapshot dossier) {
        return dossier.content().isSubrogated()
                && Optional.ofNullable(dossier.content().trainingBody().siret()).filter(actor::speaksFor).isPresent();
    }

    /** The dossiers a list may show this actor. */
    static DossierScope scopeOf(Actor actor) {
        if (actor.is(ActorKind.STAFF)) {
            return DossierScope.STAFF;
        }
        if (actor.is(ActorKind.TRAINING_BODY)) {
            return actor.trainingBody().map(DossierScope::ofTrainingBody).orElse(new DossierScope(false, Set.of(), Set.of()));
        }
        Set<EstablishmentId> readable = new HashSet<>();
        Set<EstablishmentId> withDrafts = new HashSet<>();
        for (EstablishmentId establishment : actor.rights().keySet()) {
            if (actor.hasRight(establishment, Right.MANAGE_DOSSIERS)) {
                withDrafts.add(establishment);
            } else if (actor.hasRight(establishment, Right.VIEW_DOSSIERS)) {
                readable.add(establishment);
            }
        }
        return new DossierScope(false, readable, withDrafts);
    }

    /**
     * Locks the dossier's books before it is read, when a command releases or counts what its invoices add up to; a
     * number that is not one is left alone (the command then answers 404).
     */
    static void lockBooks(Invoices invoices, DossierRef ref) {
        parse(ref.number()).ifPresent(invoices::lockDossier);
    }

    /** The dossier, if this actor may see it; otherwise the same answer as for a number nobody uses. */
    StoredDossier visible(Actor actor, String number) {
        return parse(number)
                .flatMap(dossiers::find)
                .filter(stored -> canSee(actor, stored.snapshot()))
                .orElseThrow(() -> new ResourceNotFoundException(NOT_FOUND));
    }

    private static Optional<DossierNumber> parse(String number) {
        try {
            return Optional.of(DossierNumber.of(number));
        } catch (DomainException malformed) {
            return Optional.empty();
        }
    }

    DossierView view(Actor actor, StoredDossier stored) {
        Dossier dossier = Dossier.restore(stored.snapshot());
        return new DossierView(stored.snapshot(), stored.version(), stored.updatedAt(), dossier.allowedActions(actor),
                files.filesOf(DocumentOwner.of(stored.snapshot().id())));
    }

    /** Loads the dossier the caller may see, checks the version they read, applies the change and stores it. */
    StoredDossier change(Actor actor, DossierRef ref, Change change) {
        StoredDossier stored = visible(actor, ref.number());
        ref.expectedVersion()
                .filter(expected -> expected != stored.version())
                .ifPresent(expected -> {
                    throw new VersionMismatchException(expected, stored.version());
                });
        Dossier dossier = Dossier.restore(stored.snapshot());
        Instant at = clock.now();
        change.apply(dossier, actor, at);
        return dossiers.update(dossier.snapshot(), stored.version(), at);
    }

    DossierView changeAndView(Caller caller, DossierRef ref, Change change) {
        Actor actor = requireActor(caller);
        return view(actor, change(actor, ref, change));
    }
}
