package fr.passerelle.domain.establishment;

import fr.passerelle.domain.account.Actor;
import fr.passerelle.domain.account.ActorKind;
import fr.passerelle.domain.account.RequestedEstablishment;
import fr.passerelle.domain.account.Right;
import fr.passerelle.domain.shared.Address;
import fr.passerelle.domain.shared.Bic;
import fr.passerelle.domain.shared.DocumentId;
import fr.passerelle.domain.shared.DomainException;
import fr.passerelle.domain.shared.Email;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.History;
import fr.passerelle.domain.shared.HistoryEntry;
import fr.passerelle.domain.shared.Iban;
import fr.passerelle.domain.shared.PendingEvents;
import fr.passerelle.domain.shared.Siren;
import fr.passerelle.domain.shared.Siret;
import fr.passerelle.domain.shared.Text;
import fr.passerelle.domain.shared.Transition;
import fr.passerelle.domain.shared.TransitionTable;
import fr.passerelle.domain.shared.UserId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import static fr.passerelle.domain.establishment.EstablishmentAction.ADD_BANK_ACCOUNT;
import static fr.passerelle.domain.establishment.EstablishmentAction.APPROVE_CHANGE;
import static fr.passerelle.domain.establishment.EstablishmentAction.CLOSE;
import static fr.passerelle.domain.establishment.EstablishmentAction.DEACTIVATE_BANK_ACCOUNT;
import static fr.passerelle.domain.establishment.EstablishmentAction.REJECT_BANK_ACCOUNT;
import static fr.passerelle.domain.establishment.EstablishmentAction.REJECT_CHANGE;
import static fr.passerelle.domain.establishment.EstablishmentAction.REOPEN;
import static fr.passerelle.domain.establishment.EstablishmentAction.REQUEST_CHANGE;
import static fr.passerelle.domain.establishment.EstablishmentAction.VALIDATE_BANK_ACCOUNT;
import static fr.passerelle.domain.establishment.EstablishmentRole.MANAGER;
import static fr.passerelle.domain.establishment.EstablishmentRole.STAFF;
import static fr.passerelle.domain.establishment.EstablishmentStatus.ACTIVE;
import static fr.passerelle.domain.establishment.EstablishmentStatus.CHANGE_PENDING;
import static fr.passerelle.domain.establishment.EstablishmentStatus.CLOSED;

/**
 * A member company's establishment: where dossiers are filed from and where the OPCO pays. Its identity data only
 * changes through a change request that staff approve.
 */
public final class Establishment {

    public static final TransitionTable<EstablishmentStatus, EstablishmentAction, EstablishmentRole> TRANSITIONS =
            TransitionTable.builder(EstablishmentStatus.class, EstablishmentAction.class, EstablishmentRole.class,
                            "ESTABLISHMENT", "l’établissement")
                    .allow(ACTIVE, REQUEST_CHANGE, CHANGE_PENDING, MANAGER)
                    .allow(ACTIVE, CLOSE, CLOSED, STAFF)
                    .allow(ACTIVE, ADD_BANK_ACCOUNT, ACTIVE, MANAGER)
                    .allow(ACTIVE, VALIDATE_BANK_ACCOUNT, ACTIVE, STAFF)
                    .allow(ACTIVE, REJECT_BANK_ACCOUNT, ACTIVE, STAFF)
                    .allow(ACTIVE, DEACTIVATE_BANK_ACCOUNT, ACTIVE, STAFF, MANAGER)
                    .allow(CHANGE_PENDING, APPROVE_CHANGE, ACTIVE, STAFF)
                    .allow(CHANGE_PENDING, REJECT_CHANGE, ACTIVE, STAFF)
                    .allow(CHANGE_PENDING, VALIDATE_BANK_ACCOUNT, CHANGE_PENDING, STAFF)
                    .allow(CHANGE_PENDING, REJECT_BANK_ACCOUNT, CHANGE_PENDING, STAFF)
                    .allow(CLOSED, REOPEN, ACTIVE, STAFF)
                    .build();

    private final EstablishmentId id;
    private final int companyHeadcount;
    private final Set<Email> contacts;
    private final UserId registeredBy;
    private final Instant registeredAt;
    private final History<EstablishmentStatus, EstablishmentAction> history;
    private final PendingEvents<EstablishmentEvent> events = new PendingEvents<>();
    private Siret siret;
    private String name;
    private Address address;
    private EstablishmentStatus status;
    private List<BankAccount> bankAccounts;
    private List<ChangeRequest> changeRequests;

    private Establishment(EstablishmentSnapshot snapshot) {
        this.id = Objects.requireNonNull(snapshot.id(), "id");
        this.siret = Objects.requireNonNull(snapshot.siret(), "siret");
        this.name = Text.requireNonBlank(snapshot.name(), "INVALID_ESTABLISHMENT_NAME", "Le nom de l’établissement est obligatoire.");
        this.address = Objects.requireNonNull(snapshot.address(), "address");
        if (snapshot.companyHeadcount() < 0) {
            throw new DomainException("INVALID_HEADCOUNT", "L’effectif de l’entreprise ne peut pas être négatif.");
        }
        this.companyHeadcount = snapshot.companyHeadcount();
        this.contacts = snapshot.contacts();
        this.status = Objects.requireNonNull(snapshot.status(), "status");
        SingleActiveBankAccount.check(snapshot.bankAccounts());
        this.bankAccounts = snapshot.bankAccounts();
        this.changeRequests = snapshot.changeRequests();
        this.registeredBy = Objects.requireNonNull(snapshot.registeredBy(), "registeredBy");
        this.registeredAt = Objects.requireNonNull(snapshot.registeredAt(), "registeredAt");
        this.history = History.of(snapshot.history());
    }

    /** Establishments come from the OPCO's membership records: staff (or the platform's import) register them. */
    public static Establishment register(EstablishmentId id, Siret siret, String name, Address address, int companyHeadcount,
                                         Set<Email> contacts, Actor actor, Instant at) {
        if (!actor.is(ActorKind.STAFF) && !actor.is(ActorKind.SYSTEM)) {
            throw new DomainException("ESTABLISHMENT_ACTION_FORBIDDEN", "Seuls les conseillers de l’OPCO enregistrent un établissement.");
        }
        Establishment establishment = new Establishment(new EstablishmentSnapshot(id, siret, name, address, companyHeadcount,
                contacts, ACTIVE, List.of(), List.of(), actor.id(), at, List.of()));
        establishment.events.raise(new EstablishmentEvent.Registered(id, siret, actor.id(), at));
        return establishment;
    }

    public static Establishment restore(EstablishmentSnapshot snapshot) {
        return new Establishment(snapshot);
    }

    public void requestChange(Actor actor, Instant at, ChangeRequestId requestId, ProposedChange change) {
        PendingChangeLocksEstablishment.check(status);
        Transition<EstablishmentStatus, EstablishmentAction, EstablishmentRole> transition = require(REQUEST_CHANGE, actor, at);
        Optional<Siret> newSiret = change.siret();
        if (newSiret.filter(proposed -> !proposed.belongsTo(siren())).isPresent()) {
            throw new DomainException("SIRET_OF_ANOTHER_COMPANY",
                    "Le nouveau SIRET doit appartenir à la même entreprise (SIREN " + siren() + ").");
        }
        List<ChangeRequest> requests = new ArrayList<>(changeRequests);
        requests.add(new ChangeRequest(requestId, change, ChangeRequestStatus.PENDING, actor.id(), at, Optional.empty()));
        changeRequests = List.copyOf(requests);
        moveAlong(transition, actor, at, Optional.empty());
    }

    public void approveChange(Actor actor, Instant at) {
        Transition<EstablishmentStatus, EstablishmentAction, EstablishmentRole> transition = require(APPROVE_CHANGE, actor, at);
        ProposedChange change = pendingChangeRequest().orElseThrow().change();
        change.name().ifPresent(newName -> name = newName);
        change.address().ifPresent(newAddress -> address = newAddress);
        change.siret().ifPresent(newSiret -> siret = newSiret);
        decidePendingChange(ChangeRequestStatus.APPROVED, Optional.empty());
        moveAlong(transition, actor, at, Optional.empty());
    }

    public void rejectChange(Actor actor, Instant at, String reason) {
        Transition<EstablishmentStatus, EstablishmentAction, EstablishmentRole> transition = require(REJECT_CHANGE, actor, at);
        Optional<String> why = Optional.of(Text.requireReason(reason));
        decidePendingChange(ChangeRequestStatus.REJECTED, why);
        moveAlong(transition, actor, at, why);
    }

    public void close(Actor actor, Instant at, String reason) {
        Transition<EstablishmentStatus, EstablishmentAction, EstablishmentRole> transition = require(CLOSE, actor, at);
        moveAlong(transition, actor, at, Optional.of(Text.requireReason(reason)));
    }

    public void reopen(Actor actor, Instant at) {
        moveAlong(require(REOPEN, actor, at), actor, at, Optional.empty());
    }

    public void proposeBankAccount(Actor actor, Instant at, BankAccountId accountId, Iban iban, Bic bic, String holder,
                                   DocumentId proof) {
        PendingChangeLocksEstablishment.check(status);
        Transition<EstablishmentStatus, EstablishmentAction, EstablishmentRole> transition = require(ADD_BANK_ACCOUNT, actor, at);
        if (bankAccounts.stream().anyMatch(account -> account.id().equals(accountId))) {
            throw new DomainException("BANK_ACCOUNT_ALREADY_EXISTS", "Ce compte bancaire est déjà enregistré.");
        }
        BankAccount proposed = BankAccount.proposed(accountId, iban, bic, holder, proof, at);
        List<BankAccount> accounts = new ArrayList<>(bankAccounts);
        accounts.add(proposed);
        bankAccounts = List.copyOf(accounts);
        moveAlong(transition, actor, at, Optional.empty());
        events.raise(new EstablishmentEvent.BankAccountTransitioned(id, accountId, Optional.empty(), proposed.status(), actor.id(), at));
    }

    /** The validated account becomes the one the OPCO pays on; the previously active one is deactivated. */
    public void validateBankAccount(Actor actor, Instant at, BankAccountId accountId) {
        Transition<EstablishmentStatus, EstablishmentAction, EstablishmentRole> transition = require(VALIDATE_BANK_ACCOUNT, actor, at);
        Set<EstablishmentRole> roles = rolesOf(actor);
        BankAccount validated = bankAccount(accountId).after(BankAccountAction.VALIDATE, roles, Optional.empty());
        Optional<BankAccount> retired = activeBankAccount()
                .map(previous -> previous.after(BankAccountAction.DEACTIVATE, roles, Optional.empty()));
        retired.ifPresent(this::replace);
        replace(validated);
        moveAlong(transition, actor, at, Optional.empty());
        retired.ifPresent(previous -> raiseBankAccountMove(previous, BankAccountStatus.ACTIVE, actor, at));
        raiseBankAccountMove(validated, BankAccountStatus.PENDING_VALIDATION, actor, at);
    }

    public void rejectBankAccount(Actor actor, Instant at, BankAccountId accountId, String reason) {
        Transition<EstablishmentStatus, EstablishmentAction, EstablishmentRole> transition = require(REJECT_BANK_ACCOUNT, actor, at);
        Optional<String> why = Optional.of(Text.requireReason(reason));
        BankAccount rejected = bankAccount(accountId).after(BankAccountAction.REJECT, rolesOf(actor), why);
        replace(rejected);
        moveAlong(transition, actor, at, why);
        raiseBankAccountMove(rejected, BankAccountStatus.PENDING_VALIDATION, actor, at);
    }

    public void deactivateBankAccount(Actor actor, Instant at, BankAccountId accountId) {
        PendingChangeLocksEstablishment.check(status);
        Transition<EstablishmentStatus, EstablishmentAction, EstablishmentRole> transition =
                require(DEACTIVATE_BANK_ACCOUNT, actor, at);
        BankAccount deactivated = bankAccount(accountId).after(BankAccountAction.DEACTIVATE, rolesOf(actor), Optional.empty());
        replace(deactivated);
        moveAlong(transition, actor, at, Optional.empty());
        raiseBankAccountMove(deactivated, BankAccountStatus.ACTIVE, actor, at);
    }

    /** Closed establishments take no new dossier; called before drafting one. */
    public void requireOpenForNewDossiers() {
        if (!acceptsNewDossiers()) {
            throw new DomainException("ESTABLISHMENT_CLOSED", "L’établissement est fermé : il ne peut plus déposer de nouveau dossier.");
        }
    }

    public boolean acceptsNewDossiers() {
        return status != CLOSED;
    }

    /** What the automatic approval of a newcomer asking to join this establishment needs to know. */
    public RequestedEstablishment asRequestedEstablishment() {
        return new RequestedEstablishment(id, contacts, acceptsNewDossiers());
    }

    /** The actions this actor may take now: the transition table, narrowed to the bank accounts that can move. */
    public Set<EstablishmentAction> allowedActions(Actor actor) {
        Set<EstablishmentAction> actions = EnumSet.noneOf(EstablishmentAction.class);
        actions.addAll(TRANSITIONS.actionsFor(status, rolesOf(actor)));
        if (bankAccounts.stream().noneMatch(account -> account.status() == BankAccountStatus.PENDING_VALIDATION)) {
            actions.remove(VALIDATE_BANK_ACCOUNT);
            actions.remove(REJECT_BANK_ACCOUNT);
        }
        if (activeBankAccount().isEmpty()) {
            actions.remove(DEACTIVATE_BANK_ACCOUNT);
        }
        return actions;
    }

    public Optional<BankAccount> activeBankAccount() {
        return bankAccounts.stream().filter(BankAccount::isActive).findFirst();
    }

    public Optional<ChangeRequest> pendingChangeRequest() {
        return changeRequests.stream().filter(ChangeRequest::isPending).findFirst();
    }

    public List<EstablishmentEvent> pullEvents() {
        return events.pull();
    }

    public EstablishmentSnapshot snapshot() {
        return new EstablishmentSnapshot(id, siret, name, address, companyHeadcount, contacts, status, bankAccounts,
                changeRequests, registeredBy, registeredAt, history.entries());
    }

    public EstablishmentId id() {
        return id;
    }

    public Siret siret() {
        return siret;
    }

    public Siren siren() {
        return siret.siren();
    }

    public String name() {
        return name;
    }

    public Address address() {
        return address;
    }

    public int companyHeadcount() {
        return companyHeadcount;
    }

    public Set<Email> contacts() {
        return contacts;
    }

    public EstablishmentStatus status() {
        return status;
    }

    public List<BankAccount> bankAccounts() {
        return bankAccounts;
    }

    public List<ChangeRequest> changeRequests() {
        return changeRequests;
    }

    public List<HistoryEntry<EstablishmentStatus, EstablishmentAction>> history() {
        return history.entries();
    }

    private Set<EstablishmentRole> rolesOf(Actor actor) {
        Set<EstablishmentRole> roles = EnumSet.noneOf(EstablishmentRole.class);
        if (actor.is(ActorKind.STAFF)) {
            roles.add(STAFF);
        }
        if (actor.hasRight(id, Right.MANAGE_COMPANY)) {
            roles.add(MANAGER);
        }
        return roles;
    }

    private Transition<EstablishmentStatus, EstablishmentAction, EstablishmentRole> require(EstablishmentAction action,
                                                                                            Actor actor, Instant at) {
        Objects.requireNonNull(at, "at");
        return TRANSITIONS.require(status, action, rolesOf(actor));
    }

    private BankAccount bankAccount(BankAccountId accountId) {
        return bankAccounts.stream()
                .filter(account -> account.id().equals(accountId))
                .findFirst()
                .orElseThrow(() -> new DomainException("BANK_ACCOUNT_NOT_FOUND", "Ce compte bancaire n’existe pas pour cet établissement."));
    }

    private void replace(BankAccount changed) {
        bankAccounts = bankAccounts.stream()
                .map(account -> account.id().equals(changed.id()) ? changed : account)
                .toList();
    }

    private void decidePendingChange(ChangeRequestStatus decision, Optional<String> reason) {
        changeRequests = changeRequests.stream()
                .map(request -> request.isPending() ? request.decided(decision, reason) : request)
                .toList();
    }

    private void moveAlong(Transition<EstablishmentStatus, EstablishmentAction, EstablishmentRole> transition, Actor actor,
                           Instant at, Optional<String> reason) {
        EstablishmentStatus from = status;
        status = transition.to();
        history.append(transition.action(), from, status, actor.id(), at, reason);
        events.raise(new EstablishmentEvent.Transitioned(id, transition.action(), from, status, reason, actor.id(), at));
    }

    private void raiseBankAccountMove(BankAccount account, BankAccountStatus from, Actor actor, Instant at) {
        events.raise(new EstablishmentEvent.BankAccountTransitioned(id, account.id(), Optional.of(from), account.status(),
                actor.id(), at));
    }
}
