package fr.passerelle.domain.account;

import fr.passerelle.domain.shared.DomainException;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.History;
import fr.passerelle.domain.shared.HistoryEntry;
import fr.passerelle.domain.shared.PendingEvents;
import fr.passerelle.domain.shared.Text;
import fr.passerelle.domain.shared.Transition;
import fr.passerelle.domain.shared.TransitionTable;
import fr.passerelle.domain.shared.UserId;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import static fr.passerelle.domain.account.LinkRequestAction.APPROVE;
import static fr.passerelle.domain.account.LinkRequestAction.REJECT;
import static fr.passerelle.domain.account.LinkRequestRole.ESTABLISHMENT_ADMIN;
import static fr.passerelle.domain.account.LinkRequestRole.STAFF;
import static fr.passerelle.domain.account.LinkRequestStatus.APPROVED;
import static fr.passerelle.domain.account.LinkRequestStatus.PENDING;
import static fr.passerelle.domain.account.LinkRequestStatus.REJECTED;

/** A user's request to be linked to another establishment, found by its SIRET. */
public final class LinkRequest {

    public static final TransitionTable<LinkRequestStatus, LinkRequestAction, LinkRequestRole> TRANSITIONS =
            TransitionTable.builder(LinkRequestStatus.class, LinkRequestAction.class, LinkRequestRole.class,
                            "LINK_REQUEST", "la demande de rattachement")
                    .allow(PENDING, APPROVE, APPROVED, STAFF, ESTABLISHMENT_ADMIN)
                    .allow(PENDING, REJECT, REJECTED, STAFF, ESTABLISHMENT_ADMIN)
                    .build();

    private final LinkRequestId id;
    private final UserId requester;
    private final EstablishmentId establishment;
    private final String message;
    private final Instant filedAt;
    private final History<LinkRequestStatus, LinkRequestAction> history;
    private final PendingEvents<LinkRequestEvent> events = new PendingEvents<>();
    private LinkRequestStatus status;
    private Set<Right> grantedRights;

    private LinkRequest(LinkRequestSnapshot snapshot) {
        this.id = Objects.requireNonNull(snapshot.id(), "id");
        this.requester = Objects.requireNonNull(snapshot.requester(), "requester");
        this.establishment = Objects.requireNonNull(snapshot.establishment(), "establishment");
        this.message = snapshot.message();
        this.status = Objects.requireNonNull(snapshot.status(), "status");
        this.grantedRights = snapshot.grantedRights();
        this.filedAt = Objects.requireNonNull(snapshot.filedAt(), "filedAt");
        this.history = History.of(snapshot.history());
    }

    /** Only an active account may ask, and only for itself. */
    public static LinkRequest file(LinkRequestId id, UserAccount requester, EstablishmentId establishment, String message,
                                   Actor actor, Instant at) {
        if (!actor.id().equals(requester.id())) {
            throw new DomainException("LINK_REQUEST_ACTION_FORBIDDEN", "Vous ne pouvez demander un rattachement que pour votre propre compte.");
        }
        if (requester.status() != UserAccountStatus.ACTIVE) {
            throw new DomainException("ACCOUNT_NOT_ACTIVE", "Seul un compte actif peut demander un rattachement.");
        }
        if (requester.links().containsKey(establishment)) {
            throw new DomainException("ALREADY_LINKED", "Votre compte est déjà rattaché à cet établissement.");
        }
        LinkRequest request = new LinkRequest(new LinkRequestSnapshot(id, requester.id(), establishment, message, PENDING,
                Set.of(), at, List.of()));
        request.events.raise(new LinkRequestEvent.Filed(id, requester.id(), establishment, actor.id(), at));
        return request;
    }

    public static LinkRequest restore(LinkRequestSnapshot snapshot) {
        return new LinkRequest(snapshot);
    }

    public void approve(Actor actor, Instant at, Set<Right> rights) {
        Transition<LinkRequestStatus, LinkRequestAction, LinkRequestRole> transition = require(APPROVE, actor, at);
        if (rights.isEmpty()) {
            throw new DomainException("RIGHTS_REQUIRED", "Choisissez au moins une habilitation.");
        }
        grantedRights = Set.copyOf(rights);
        moveAlong(transition, actor, at, Optional.empty());
        events.raise(new LinkRequestEvent.Approved(id, requester, establishment, grantedRights, actor.id(), at));
    }

    public void reject(Actor actor, Instant at, String reason) {
        Transition<LinkRequestStatus, LinkRequestAction, LinkRequestRole> transition = require(REJECT, actor, at);
        Optional<String> why = Optional.of(Text.requireReason(reason));
        moveAlong(transition, actor, at, why);
        events.raise(new LinkRequestEvent.Rejected(id, requester, establishment, why, actor.id(), at));
    }

    public Set<LinkRequestAction> allowedActions(Actor actor) {
        return TRANSITIONS.actionsFor(status, rolesOf(actor));
    }

    public List<LinkRequestEvent> pullEvents() {
        return events.pull();
    }

    public LinkRequestSnapshot snapshot() {
        return new LinkRequestSnapshot(id, requester, establishment, message, status, grantedRights, filedAt, history.entries());
    }

    public LinkRequestId id() {
        return id;
    }

    public UserId requester() {
        return requester;
    }

    public EstablishmentId establishment() {
        return establishment;
    }

    public LinkRequestStatus status() {
        return status;
    }

    public List<HistoryEntry<LinkRequestStatus, LinkRequestAction>> history() {
        return history.entries();
    }

    private Set<LinkRequestRole> rolesOf(Actor actor) {
        Set<LinkRequestRole> roles = EnumSet.noneOf(LinkRequestRole.class);
        if (actor.is(ActorKind.STAFF)) {
            roles.add(STAFF);
        }
        if (actor.isAdminOf(establishment)) {
            roles.add(ESTABLISHMENT_ADMIN);
        }
        return roles;
    }

    private Transition<LinkRequestStatus, LinkRequestAction, LinkRequestRole> require(LinkRequestAction action, Actor actor,
                                                                                      Instant at) {
        Objects.requireNonNull(at, "at");
        return TRANSITIONS.require(status, action, rolesOf(actor));
    }

    private void moveAlong(Transition<LinkRequestStatus, LinkRequestAction, LinkRequestRole> transition, Actor actor,
                           Instant at, Optional<String> reason) {
        LinkRequestStatus from = status;
        status = transition.to();
        history.append(transition.action(), from, status, actor.id(), at, reason);
    }
}
