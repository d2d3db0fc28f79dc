package fr.passerelle.domain.account;

import fr.passerelle.domain.shared.DomainException;
import fr.passerelle.domain.shared.Email;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.History;
import fr.passerelle.domain.shared.HistoryEntry;
import fr.passerelle.domain.shared.PendingEvents;
import fr.passerelle.domain.shared.PersonName;
import fr.passerelle.domain.shared.PhoneNumber;
import fr.passerelle.domain.shared.Text;
import fr.passerelle.domain.shared.Transition;
import fr.passerelle.domain.shared.TransitionTable;
import fr.passerelle.domain.shared.UserId;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static fr.passerelle.domain.account.UserAccountAction.APPROVE;
import static fr.passerelle.domain.account.UserAccountAction.CHANGE_CONTACT_EMAIL;
import static fr.passerelle.domain.account.UserAccountAction.CHANGE_PHONE;
import static fr.passerelle.domain.account.UserAccountAction.CHANGE_RIGHTS;
import static fr.passerelle.domain.account.UserAccountAction.CHOOSE_PREFERRED_ESTABLISHMENT;
import static fr.passerelle.domain.account.UserAccountAction.CLOSE;
import static fr.passerelle.domain.account.UserAccountAction.CONFIRM_PASSWORD_SET;
import static fr.passerelle.domain.account.UserAccountAction.GIVE_UP_ADMIN;
import static fr.passerelle.domain.account.UserAccountAction.REACTIVATE;
import static fr.passerelle.domain.account.UserAccountAction.REJECT;
import static fr.passerelle.domain.account.UserAccountAction.SUSPEND;
import static fr.passerelle.domain.account.UserAccountAction.VERIFY_EMAIL;
import static fr.passerelle.domain.account.UserAccountRole.COMPANY_ADMIN;
import static fr.passerelle.domain.account.UserAccountRole.SELF;
import static fr.passerelle.domain.account.UserAccountRole.STAFF;
import static fr.passerelle.domain.account.UserAccountRole.SYSTEM;
import static fr.passerelle.domain.account.UserAccountStatus.ACTIVE;
import static fr.passerelle.domain.account.UserAccountStatus.CLOSED;
import static fr.passerelle.domain.account.UserAccountStatus.PENDING_APPROVAL;
import static fr.passerelle.domain.account.UserAccountStatus.PENDING_VERIFICATION;
import static fr.passerelle.domain.account.UserAccountStatus.REJECTED;
import static fr.passerelle.domain.account.UserAccountStatus.SUSPENDED;

/**
 * A person's access to Passerelle. The login is the e-mail given at creation and never changes; the links say on
 * which establishments the person holds which rights.
 */
public final class UserAccount {

    public static final TransitionTable<UserAccountStatus, UserAccountAction, UserAccountRole> TRANSITIONS =
            TransitionTable.builder(UserAccountStatus.class, UserAccountAction.class, UserAccountRole.class, "ACCOUNT", "le compte")
                    .allow(PENDING_VERIFICATION, VERIFY_EMAIL, PENDING_APPROVAL, SELF)
                    .allow(PENDING_APPROVAL, APPROVE, ACTIVE, STAFF, SYSTEM)
                    .allow(PENDING_APPROVAL, REJECT, REJECTED, STAFF)
                    .allow(ACTIVE, SUSPEND, SUSPENDED, STAFF, COMPANY_ADMIN)
                    .allow(ACTIVE, CLOSE, CLOSED, STAFF, COMPANY_ADMIN)
                    .allow(ACTIVE, CHANGE_CONTACT_EMAIL, ACTIVE, SELF, STAFF)
                    .allow(ACTIVE, CHANGE_PHONE, ACTIVE, SELF, STAFF)
                    .allow(ACTIVE, GIVE_UP_ADMIN, ACTIVE, SELF)
                    .allow(ACTIVE, CHOOSE_PREFERRED_ESTABLISHMENT, ACTIVE, SELF)
                    .allow(ACTIVE, CONFIRM_PASSWORD_SET, ACTIVE, SELF)
                    .allow(ACTIVE, CHANGE_RIGHTS, ACTIVE, STAFF, COMPANY_ADMIN, SYSTEM)
                    .allow(SUSPENDED, REACTIVATE, ACTIVE, STAFF, COMPANY_ADMIN)
                    .allow(SUSPENDED, CLOSE, CLOSED, STAFF, COMPANY_ADMIN)
                    .allow(SUSPENDED, CHANGE_RIGHTS, SUSPENDED, STAFF, COMPANY_ADMIN, SYSTEM)
                    .build();

    private final UserId id;
    private final Email login;
    private final PersonName name;
    private final Set<EstablishmentId> requestedEstablishments;
    private final Optional<UserId> invitedBy;
    private final Instant createdAt;
    private final History<UserAccountStatus, UserAccountAction> history;
    private final PendingEvents<UserAccountEvent> events = new PendingEvents<>();
    private Email contactEmail;
    private Optional<PhoneNumber> phone;
    private UserAccountStatus status;
    private Map<EstablishmentId, Set<Right>> links;
    private Optional<EstablishmentId> preferredEstablishment;
    private boolean passwordSetupPending;

    private UserAccount(UserAccountSnapshot snapshot) {
        this.id = Objects.requireNonNull(snapshot.id(), "id");
        this.login = Objects.requireNonNull(snapshot.login(), "login");
        this.contactEmail = Objects.requireNonNull(snapshot.contactEmail(), "contactEmail");
        this.name = Objects.requireNonNull(snapshot.name(), "name");
        this.status = Objects.requireNonNull(snapshot.status(), "status");
        this.links = snapshot.links();
        this.phone = Objects.requireNonNull(snapshot.phone(), "phone");
        this.requestedEstablishments = snapshot.requestedEstablishments();
        this.preferredEstablishment = snapshot.preferredEstablishment();
        this.invitedBy = snapshot.invitedBy();
        this.passwordSetupPending = snapshot.passwordSetupPending();
        this.createdAt = Objects.requireNonNull(snapshot.createdAt(), "createdAt");
        this.history = History.of(snapshot.history());
    }

    /**
     * Self-registration: the person asks to join one or more establishments and must first prove they own the
     * e-mail.
     */
    public static UserAccount register(UserId id, Email login, PersonName name, PhoneNumber phone,
                                       Set<EstablishmentId> requestedEstablishments, Instant at) {
        if (requestedEstablishments.isEmpty()) {
            throw new DomainException("ESTABLISHMENT_REQUIRED", "Indiquez au moins un établissement à rejoindre.");
        }
        UserAccount account = new UserAccount(new UserAccountSnapshot(id, login, login, name,
                Optional.of(Objects.requireNonNull(phone, "phone")), PENDING_VERIFICATION, Map.of(), requestedEstablishments,
                Optional.empty(), Optional.empty(), false, at, List.of()));
        account.events.raise(new UserAccountEvent.Registered(id, login, account.requestedEstablishments, id, at));
        return account;
    }

    /**
     * Staff, or an ADMIN of every linked establishment, create an account that is active at once: the invitation
     * mail proves the address, and its owner must set a password at first login.
     */
    public static UserAccount invite(UserId id, Email login, PersonName name, Map<EstablishmentId, Set<Right>> links,
                                     Actor inviter, Instant at) {
        Map<EstablishmentId, Set<Right>> granted = Links.copyOf(links);
        requireMayGrantOn(inviter, granted.keySet());
        UserAccount account = new UserAccount(new UserAccountSnapshot(id, login, login, name, Optional.empty(), ACTIVE, granted,
                Set.of(), Optional.empty(), Optional.of(inviter.id()), true, at, List.of()));
        account.events.raise(new UserAccountEvent.Invited(id, login, granted, inviter.id(), at));
        return account;
    }

    /**
     * A training body's user: linked to no establishment, since what they see follows from their training body. Only
     * staff create one: Passerelle keeps no register of training bodies that a company could vouch for.
     */
    public static UserAccount inviteForTrainingBody(UserId id, Email login, PersonName name, Actor inviter, Instant at) {
        if (!inviter.is(ActorKind.STAFF)) {
            throw new DomainException("ACCOUNT_ACTION_FORBIDDEN",
                    "Seuls les gestionnaires de l’OPCO invitent les utilisateurs d’un organisme de formation.");
        }
        return invite(id, login, name, Map.of(), inviter, at);
    }

    /** A new colleague "in the image of" another: same links, same rights. */
    public static UserAccount inImageOf(UserId id, Email login, PersonName name, UserAccount model, Actor inviter, Instant at) {
        return invite(id, login, name, model.links, inviter, at);
    }

    public static UserAccount restore(UserAccountSnapshot snapshot) {
        return new UserAccount(snapshot);
    }

    /**
     * The owner proved the e-mail is theirs. If the automatic approval rule applies to every establishment they asked
     * for, the platform approves at once and links them all with the default rights.
     *
     * @param requested what the OPCO knows today of each establishment the account asked for, exactly those
     */
    public void verifyEmail(Actor actor, Instant at, Collection<RequestedEstablishment> requested) {
        Transition<UserAccountStatus, UserAccountAction, UserAccountRole> verification = require(VERIFY_EMAIL, actor, at);
        Set<EstablishmentId> given = requested.stream().map(RequestedEstablishment::id).collect(Collectors.toUnmodifiableSet());
        if (!given.equals(requestedEstablishments)) {
            throw new DomainException("ESTABLISHMENT_MISMATCH",
                    "Les établissements fournis ne sont pas ceux que le compte a demandé à rejoindre.");
        }
        moveAlong(verification, actor, at, Optional.empty());
        if (AutomaticApprovalPolicy.approves(login, requested)) {
            Actor platform = Actor.system();
            Transition<UserAccountStatus, UserAccountAction, UserAccountRole> approval = require(APPROVE, platform, at);
            given.forEach(establishment -> link(establishment, AutomaticApprovalPolicy.DEFAULT_RIGHTS));
            moveAlong(approval, platform, at, Optional.of("Validation automatique : l’e-mail figure parmi les contacts de l’établissement."));
        }
    }

    /**
     * Staff approve the newcomer and decide, for each establishment they asked for, what they may do there. An
     * establishment given no right is not linked: staff may refuse part of a request and grant the rest.
     */
    public void approve(Actor actor, Instant at, Map<EstablishmentId, Set<Right>> rightsByEstablishment) {
        Transition<UserAccountStatus, UserAccountAction, UserAccountRole> transition = require(APPROVE, actor, at);
        if (!requestedEstablishments.containsAll(rightsByEstablishment.keySet())) {
            throw new DomainException("ESTABLISHMENT_NOT_REQUESTED",
                    "Le compte ne peut être rattaché qu’aux établissements qu’il a demandé à rejoindre.");
        }
        Map<EstablishmentId, Set<Right>> granted = Links.copyOf(rightsByEstablishment);
        if (granted.isEmpty()) {
            throw new DomainException("RIGHTS_REQUIRED", "Choisissez au moins une habilitation.");
        }
        granted.forEach(this::link);
        moveAlong(transition, actor, at, Optional.empty());
    }

    public void reject(Actor actor, Instant at, String reason) {
        Transition<UserAccountStatus, UserAccountAction, UserAccountRole> transition = require(REJECT, actor, at);
        moveAlong(transition, actor, at, Optional.of(Text.requireReason(reason)));
    }

    public void suspend(Actor actor, Instant at, String reason) {
        Transition<UserAccountStatus, UserAccountAction, UserAccountRole> transition = require(SUSPEND, actor, at);
        moveAlong(transition, actor, at, Optional.of(Text.requireReason(reason)));
    }

    public void reactivate(Actor actor, Instant at) {
        moveAlong(require(REACTIVATE, actor, at), actor, at, Optional.empty());
    }

    public void close(Actor actor, Instant at, String reason) {
        Transition<UserAccountStatus, UserAccountAction, UserAccountRole> transition = require(CLOSE, actor, at);
        moveAlong(transition, actor, at, Optional.of(Text.requireReason(reason)));
    }

    /** The contact e-mail receives notifications; unlike the login, it may change. */
    public void changeContactEmail(Actor actor, Instant at, Email newContactEmail) {
        Transition<UserAccountStatus, UserAccountAction, UserAccountRole> transition = require(CHANGE_CONTACT_EMAIL, actor, at);
        contactEmail = Objects.requireNonNull(newContactEmail, "newContactEmail");
        moveAlong(transition, actor, at, Optional.empty());
    }

    /** A number colleagues and the OPCO may call; none at all is allowed. */
    public void changePhone(Actor actor, Instant at, Optional<PhoneNumber> newPhone) {
        Transition<UserAccountStatus, UserAccountAction, UserAccountRole> transition = require(CHANGE_PHONE, actor, at);
        phone = Objects.requireNonNull(newPhone, "newPhone");
        moveAlong(transition, actor, at, Optional.empty());
    }

    public void choosePreferredEstablishment(Actor actor, Instant at, EstablishmentId establishment) {
        Transition<UserAccountStatus, UserAccountAction, UserAccountRole> transition =
                require(CHOOSE_PREFERRED_ESTABLISHMENT, actor, at);
        if (!links.containsKey(establishment)) {
            throw new DomainException("ESTABLISHMENT_NOT_LINKED",
                    "Vous ne pouvez choisir qu’un établissement auquel votre compte est rattaché.");
        }
        preferredEstablishment = Optional.of(establishment);
        moveAlong(transition, actor, at, Optional.empty());
    }

    public void confirmPasswordSet(Actor actor, Instant at) {
        Transition<UserAccountStatus, UserAccountAction, UserAccountRole> transition = require(CONFIRM_PASSWORD_SET, actor, at);
        if (!passwordSetupPending) {
            throw new DomainException("PASSWORD_ALREADY_SET", "Le mot de passe de ce compte a déjà été défini.");
        }
        passwordSetupPending = false;
        moveAlong(transition, actor, at, Optional.empty());
    }

    /** Grants these rights on the establishment; no right at all removes the link. */
    public void changeRights(Actor actor, Instant at, EstablishmentId establishment, Set<Right> rights) {
        Transition<UserAccountStatus, UserAccountAction, UserAccountRole> transition = require(CHANGE_RIGHTS, actor, at);
        requireMayGrantOn(actor, Set.of(establishment));
        link(establishment, rights);
        if (!links.containsKey(establishment) && preferredEstablishment.filter(establishment::equals).isPresent()) {
            preferredEstablishment = Optional.empty();
        }
        moveAlong(transition, actor, at, Optional.empty());
    }

    /**
     * The owner stops being an ADMIN of the establishment, typically after handing the right to a colleague. They
     * keep what ADMIN let them do there, as explicit rights, so that only the management of users changes hands.
     * Whether someone else still administers the establishment is {@link EstablishmentsKeepAnAdmin}'s decision.
     */
    public void giveUpAdmin(Actor actor, Instant at, EstablishmentId establishment) {
        Transition<UserAccountStatus, UserAccountAction, UserAccountRole> transition = require(GIVE_UP_ADMIN, actor, at);
        if (!links.getOrDefault(establishment, Set.of()).contains(Right.ADMIN)) {
            throw new DomainException("NOT_ESTABLISHMENT_ADMIN", "Vous n’êtes pas administrateur de cet établissement.");
        }
        Set<Right> kept = EnumSet.allOf(Right.class);
        kept.remove(Right.ADMIN);
        link(establishment, kept);
        moveAlong(transition, actor, at, Optional.empty());
    }

    /** Whether this account, as it stands, manages the users of the establishment. */
    public boolean administers(EstablishmentId establishment) {
        return status == ACTIVE && links.getOrDefault(establishment, Set.of()).contains(Right.ADMIN);
    }

    /** The actions this actor may take on the account now: the transition table, narrowed by the account's situation. */
    public Set<UserAccountAction> allowedActions(Actor actor) {
        Set<UserAccountAction> actions = EnumSet.copyOf(TRANSITIONS.actionsFor(status, rolesOf(actor)));
        if (!passwordSetupPending) {
            actions.remove(CONFIRM_PASSWORD_SET);
        }
        if (links.isEmpty()) {
            actions.remove(CHOOSE_PREFERRED_ESTABLISHMENT);
        }
        if (links.values().stream().noneMatch(rights -> rights.contains(Right.ADMIN))) {
            actions.remove(GIVE_UP_ADMIN);
        }
        return actions;
    }

    public boolean matchesLogin(Email email) {
        return login.equals(email);
    }

    public List<UserAccountEvent> pullEvents() {
        return events.pull();
    }

    public List<UserAccountEvent> pendingEvents() {
        return events.peek();
    }

    public UserAccountSnapshot snapshot() {
        return new UserAccountSnapshot(id, login, contactEmail, name, phone, status, links, requestedEstablishments,
                preferredEstablishment, invitedBy, passwordSetupPending, createdAt, history.entries());
    }

    public UserId id() {
        return id;
    }

    public Email login() {
        return login;
    }

    public Email contactEmail() {
        return contactEmail;
    }

    public Optional<PhoneNumber> phone() {
        return phone;
    }

    public PersonName name() {
        return name;
    }

    public Set<EstablishmentId> requestedEstablishments() {
        return requestedEstablishments;
    }

    public UserAccountStatus status() {
        return status;
    }

    public Map<EstablishmentId, Set<Right>> links() {
        return links;
    }

    public Optional<EstablishmentId> preferredEstablishment() {
        return preferredEstablishment;
    }

    public Optional<UserId> invitedBy() {
        return invitedBy;
    }

    public boolean mustSetPassword() {
        return passwordSetupPending;
    }

    public List<HistoryEntry<UserAccountStatus, UserAccountAction>> history() {
        return history.entries();
    }

    private Set<UserAccountRole> rolesOf(Actor actor) {
        Set<UserAccountRole> roles = EnumSet.noneOf(UserAccountRole.class);
        boolean self = actor.id().equals(id);
        if (self) {
            roles.add(SELF);
        }
        if (actor.is(ActorKind.STAFF)) {
            roles.add(STAFF);
        }
        if (actor.is(ActorKind.SYSTEM)) {
            roles.add(SYSTEM);
        }
        if (!self && links.keySet().stream().anyMatch(actor::isAdminOf)) {
            roles.add(COMPANY_ADMIN);
        }
        return roles;
    }

    private Transition<UserAccountStatus, UserAccountAction, UserAccountRole> require(UserAccountAction action, Actor actor, Instant at) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        return TRANSITIONS.require(status, action, rolesOf(actor));
    }

    private void link(EstablishmentId establishment, Set<Right> rights) {
        Map<EstablishmentId, Set<Right>> changed = new HashMap<>(links);
        changed.put(establishment, rights);
        links = Links.copyOf(changed);
    }

    private void moveAlong(Transition<UserAccountStatus, UserAccountAction, UserAccountRole> transition, Actor actor,
                           Instant at, Optional<String> reason) {
        UserAccountStatus from = status;
        status = transition.to();
        history.append(transition.action(), from, status, actor.id(), at, reason);
        events.raise(new UserAccountEvent.Transitioned(id, transition.action(), from, status, reason, actor.id(), at));
    }

    private static void requireMayGrantOn(Actor actor, Set<EstablishmentId> establishments) {
        if (actor.is(ActorKind.STAFF) || actor.is(ActorKind.SYSTEM)) {
            return;
        }
        if (establishments.isEmpty() || !establishments.stream().allMatch(actor::isAdminOf)) {
            throw new DomainException("NOT_ESTABLISHMENT_ADMIN",
                    "Seul un administrateur de l’établissement peut y donner des habilitations.");
        }
    }
}
