package fr.passerelle.application.link;

import fr.passerelle.application.account.Accounts;
import fr.passerelle.application.account.StoredAccount;
import fr.passerelle.application.dossier.PageRequest;
import fr.passerelle.application.establishment.Establishments;
import fr.passerelle.application.identity.AccountDirectory;
import fr.passerelle.application.identity.Caller;
import fr.passerelle.application.identity.CallerActors;
import fr.passerelle.application.shared.Clock;
import fr.passerelle.application.shared.Page;
import fr.passerelle.application.shared.ResourceNotFoundException;
import fr.passerelle.application.shared.VersionMismatchException;
import fr.passerelle.domain.account.Actor;
import fr.passerelle.domain.account.ActorKind;
import fr.passerelle.domain.account.LinkRequest;
import fr.passerelle.domain.account.LinkRequestId;
import fr.passerelle.domain.account.Right;
import fr.passerelle.domain.account.UserAccount;
import fr.passerelle.domain.establishment.Establishment;
import fr.passerelle.domain.shared.DomainException;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Link requests. Only an active employer files one, for themselves; only staff see the queue and decide. Approving
 * changes two aggregates in the one transaction of the use case: the request, and the requester's account, which owns
 * its links. Rights the account already had on the establishment (an admin may have linked it meanwhile) are kept.
 */
public final class EstablishmentLinksService implements EstablishmentLinks {

    static final String NOT_FOUND = "Cette demande de rattachement n’existe pas ou ne vous est pas accessible.";
    static final String UNKNOWN_SIRET = "Aucun établissement adhérent de l’OPCO ne porte le SIRET « %s ». Vérifiez le numéro ; "
            + "s’il est exact, l’établissement doit d’abord adhérer à l’OPCO (rubrique « Adhésion » du site de l’OPCO), "
            + "puis vous pourrez demander à y être rattaché.";

    private final LinkRequests requests;
    private final Accounts accounts;
    private final Establishments establishments;
    private final CallerActors actors;
    private final Clock clock;

    public EstablishmentLinksService(LinkRequests requests, Accounts accounts, Establishments establishments,
                                     AccountDirectory directory, Clock clock) {
        this.requests = Objects.requireNonNull(requests);
        this.accounts = Objects.requireNonNull(accounts);
        this.establishments = Objects.requireNonNull(establishments);
        this.actors = new CallerActors(directory);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public LinkRequestLine file(Caller caller, File command) {
        Actor actor = actors.actorFor(caller).filter(found -> found.is(ActorKind.EMPLOYER))
                .orElseThrow(() -> new DomainException("LINK_REQUEST_ACTION_FORBIDDEN",
                        "Seul un utilisateur d’entreprise adhérente peut demander un rattachement à un établissement."));
        Establishment establishment = establishments.findBySiret(command.siret())
                .orElseThrow(() -> new DomainException("UNKNOWN_SIRET", UNKNOWN_SIRET.formatted(command.siret())));
        if (!establishment.acceptsNewDossiers()) {
            throw new DomainException("ESTABLISHMENT_CLOSED",
                    "L’établissement « " + establishment.name() + " » est fermé : il n’accepte plus de rattachement.");
        }
        if (requests.hasPending(actor.id(), establishment.id())) {
            throw new DomainException("LINK_REQUEST_ALREADY_PENDING",
                    "Vous avez déjà une demande de rattachement en attente pour cet établissement : un conseiller de l’OPCO va l’examiner.");
        }
        UserAccount requester = UserAccount.restore(accounts.find(actor.id()).orElseThrow().snapshot());
        LinkRequest request = LinkRequest.file(new LinkRequestId(UUID.randomUUID()), requester, establishment.id(),
                command.message(), actor, clock.now());
        requests.add(request.snapshot());
        return requests.line(request.id()).orElseThrow();
    }

    @Override
    public Page<LinkRequestLine> mine(Caller caller, PageRequest page) {
        return actors.actorFor(caller).map(actor -> requests.ofRequester(actor.id(), page)).orElseGet(Page::empty);
    }

    @Override
    public Page<LinkRequestLine> queue(Caller caller, PageRequest page) {
        return actors.actorFor(caller).filter(actor -> actor.is(ActorKind.STAFF)).isPresent() ? requests.pending(page) : Page.empty();
    }

    @Override
    public LinkRequestLine approve(Caller caller, Approve command) {
        return decide(caller, command.request(), (request, actor, at) -> {
            request.approve(actor, at, command.rights());
            StoredAccount stored = accounts.find(request.requester()).orElseThrow();
            UserAccount requester = UserAccount.restore(stored.snapshot());
            Set<Right> rights = EnumSet.copyOf(command.rights());
            rights.addAll(requester.links().getOrDefault(request.establishment(), Set.of()));
            requester.changeRights(actor, at, request.establishment(), rights);
            accounts.update(requester.snapshot(), stored.version());
        });
    }

    @Override
    public LinkRequestLine reject(Caller caller, Reject command) {
        return decide(caller, command.request(), (request, actor, at) -> request.reject(actor, at, command.reason()));
    }

    @FunctionalInterface
    private interface Decision {
        void apply(LinkRequest request, Actor actor, Instant at);
    }

    /** Staff only: anyone else reads that the request does not exist. */
    private LinkRequestLine decide(Caller caller, Ref ref, Decision decision) {
        Actor actor = actors.actorFor(caller).filter(found -> found.is(ActorKind.STAFF))
                .orElseThrow(() -> new ResourceNotFoundException(NOT_FOUND));
        var stored = requests.find(ref.id()).orElseThrow(() -> new ResourceNotFoundException(NOT_FOUND));
        ref.expectedVersion()
                .filter(expected -> expected != stored.version())
                .ifPresent(expected -> {
                    throw new VersionMismatchException(expected, stored.version());
                });
        LinkRequest request = LinkRequest.restore(stored.snapshot());
        decision.apply(request, actor, clock.now());
        requests.update(request.snapshot(), stored.version());
        return requests.line(request.id()).orElseThrow();
    }
}
