package fr.passerelle.domain.invoice;

import fr.passerelle.domain.account.Actor;
import fr.passerelle.domain.account.ActorKind;
import fr.passerelle.domain.dossier.Dossier;
import fr.passerelle.domain.dossier.DossierId;
import fr.passerelle.domain.shared.DomainException;
import fr.passerelle.domain.shared.History;
import fr.passerelle.domain.shared.HistoryEntry;
import fr.passerelle.domain.shared.Money;
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

import static fr.passerelle.domain.invoice.InvoiceAction.PAY;
import static fr.passerelle.domain.invoice.InvoiceAction.REJECT;
import static fr.passerelle.domain.invoice.InvoiceAction.REQUEST_CHANGES;
import static fr.passerelle.domain.invoice.InvoiceAction.RESUBMIT;
import static fr.passerelle.domain.invoice.InvoiceAction.VALIDATE;
import static fr.passerelle.domain.invoice.InvoiceAction.WITHDRAW;
import static fr.passerelle.domain.invoice.InvoiceRole.ISSUER;
import static fr.passerelle.domain.invoice.InvoiceRole.STAFF;
import static fr.passerelle.domain.invoice.InvoiceStatus.CHANGES_REQUESTED;
import static fr.passerelle.domain.invoice.InvoiceStatus.PAID;
import static fr.passerelle.domain.invoice.InvoiceStatus.REJECTED;
import static fr.passerelle.domain.invoice.InvoiceStatus.SUBMITTED;
import static fr.passerelle.domain.invoice.InvoiceStatus.VALIDATED;
import static fr.passerelle.domain.invoice.InvoiceStatus.WITHDRAWN;

/** A claim on a granted dossier, by the employer or, under subrogation, by the training body. */
public final class Invoice {

    public static final TransitionTable<InvoiceStatus, InvoiceAction, InvoiceRole> TRANSITIONS =
            TransitionTable.builder(InvoiceStatus.class, InvoiceAction.class, InvoiceRole.class, "INVOICE", "la facture")
                    .allow(SUBMITTED, VALIDATE, VALIDATED, STAFF)
                    .allow(SUBMITTED, REQUEST_CHANGES, CHANGES_REQUESTED, STAFF)
                    .allow(SUBMITTED, REJECT, REJECTED, STAFF)
                    .allow(SUBMITTED, WITHDRAW, WITHDRAWN, ISSUER)
                    .allow(CHANGES_REQUESTED, RESUBMIT, SUBMITTED, ISSUER)
                    .allow(VALIDATED, PAY, PAID, STAFF)
                    .build();

    private final InvoiceId id;
    private final DossierId dossierId;
    private final Issuer issuer;
    private final InvoiceNumber number;
    private final UserId submittedBy;
    private final Instant submittedAt;
    private final History<InvoiceStatus, InvoiceAction> history;
    private final PendingEvents<InvoiceEvent> events = new PendingEvents<>();
    private Money amount;
    private InvoiceStatus status;
    private Optional<String> staffComment;
    private Optional<PaymentId> paymentId;

    private Invoice(InvoiceSnapshot snapshot) {
        this.id = Objects.requireNonNull(snapshot.id(), "id");
        this.dossierId = Objects.requireNonNull(snapshot.dossierId(), "dossierId");
        this.issuer = Objects.requireNonNull(snapshot.issuer(), "issuer");
        this.number = Objects.requireNonNull(snapshot.number(), "number");
        this.amount = Objects.requireNonNull(snapshot.amount(), "amount");
        this.status = Objects.requireNonNull(snapshot.status(), "status");
        this.staffComment = Objects.requireNonNull(snapshot.staffComment(), "staffComment");
        this.paymentId = Objects.requireNonNull(snapshot.paymentId(), "paymentId");
        this.submittedBy = Objects.requireNonNull(snapshot.submittedBy(), "submittedBy");
        this.submittedAt = Objects.requireNonNull(snapshot.submittedAt(), "submittedAt");
        this.history = History.of(snapshot.history());
    }

    /**
     * Submits an invoice on a granted dossier whose training is proven complete, under a number the issuer has not
     * used yet, for no more than what remains of the grant.
     */
    public static Invoice submit(InvoiceId id, Dossier dossier, InvoiceNumber number, Money amount, InvoiceLedger ledger,
                                 Actor actor, Instant at) {
        Objects.requireNonNull(at, "at");
        InvoiceRequiresGrantedDossier.check(dossier);
        Issuer issuer = Issuer.of(dossier);
        requireIssuer(issuer, actor);
        CertificateOfCompletionRequired.check(dossier);
        UniqueInvoiceNumberPerIssuer.check(number, ledger.numbersAlreadyUsedByIssuer());
        requirePositive(amount);
        InvoicesStayWithinGrant.check(dossier.committedAmount(), ledger.liveTotalOfDossier(), amount);
        Invoice invoice = new Invoice(new InvoiceSnapshot(id, dossier.id(), issuer, number, amount, SUBMITTED,
                Optional.empty(), Optional.empty(), actor.id(), at, List.of()));
        invoice.events.raise(new InvoiceEvent.Submitted(id, dossier.id(), issuer, number, amount, actor.id(), at));
        return invoice;
    }

    public static Invoice restore(InvoiceSnapshot snapshot) {
        return new Invoice(snapshot);
    }

    public void validate(Actor actor, Instant at) {
        moveAlong(require(VALIDATE, actor, at), actor, at, Optional.empty());
    }

    public void requestChanges(Actor actor, Instant at, String message) {
        Transition<InvoiceStatus, InvoiceAction, InvoiceRole> transition = require(REQUEST_CHANGES, actor, at);
        String text = Text.requireNonBlank(message, "MESSAGE_REQUIRED", "Un message est obligatoire.");
        staffComment = Optional.of(text);
        moveAlong(transition, actor, at, staffComment);
    }

    /**
     * The issuer corrected the invoice; it counts against the grant again, so it is checked against it again.
     *
     * @param otherLiveInvoicesTotal the total of the dossier's other submitted, validated and paid invoices
     */
    public void resubmit(Actor actor, Instant at, Money correctedAmount, Dossier dossier, Money otherLiveInvoicesTotal) {
        Transition<InvoiceStatus, InvoiceAction, InvoiceRole> transition = require(RESUBMIT, actor, at);
        if (!dossier.id().equals(dossierId)) {
            throw new DomainException("DOSSIER_MISMATCH", "Ce dossier n’est pas celui de la facture.");
        }
        InvoiceRequiresGrantedDossier.check(dossier);
        requirePositive(correctedAmount);
        InvoicesStayWithinGrant.check(dossier.committedAmount(), otherLiveInvoicesTotal, correctedAmount);
        amount = correctedAmount;
        staffComment = Optional.empty();
        moveAlong(transition, actor, at, Optional.empty());
    }

    public void reject(Actor actor, Instant at, String reason) {
        Transition<InvoiceStatus, InvoiceAction, InvoiceRole> transition = require(REJECT, actor, at);
        staffComment = Optional.of(Text.requireReason(reason));
        moveAlong(transition, actor, at, staffComment);
    }

    public void withdraw(Actor actor, Instant at) {
        moveAlong(require(WITHDRAW, actor, at), actor, at, Optional.empty());
    }

    /** Only a {@link Payment} pays an invoice. */
    void markPaid(Actor actor, Instant at, PaymentId payment) {
        Transition<InvoiceStatus, InvoiceAction, InvoiceRole> transition = require(PAY, actor, at);
        paymentId = Optional.of(payment);
        moveAlong(transition, actor, at, Optional.empty());
    }

    public Set<InvoiceAction> allowedActions(Actor actor) {
        return TRANSITIONS.actionsFor(status, rolesOf(actor));
    }

    public boolean isLive() {
        return status.isLive();
    }

    public List<InvoiceEvent> pullEvents() {
        return events.pull();
    }

    public InvoiceSnapshot snapshot() {
        return new InvoiceSnapshot(id, dossierId, issuer, number, amount, status, staffComment, paymentId, submittedBy,
                submittedAt, history.entries());
    }

    public InvoiceId id() {
        return id;
    }

    public DossierId dossierId() {
        return dossierId;
    }

    public Issuer issuer() {
        return issuer;
    }

    public InvoiceNumber number() {
        return number;
    }

    public Money amount() {
        return amount;
    }

    public InvoiceStatus status() {
        return status;
    }

    public Optional<PaymentId> paymentId() {
        return paymentId;
    }

    public List<HistoryEntry<InvoiceStatus, InvoiceAction>> history() {
        return history.entries();
    }

    Set<InvoiceRole> rolesOf(Actor actor) {
        Set<InvoiceRole> roles = EnumSet.noneOf(InvoiceRole.class);
        if (issuer.isActedForBy(actor)) {
            roles.add(ISSUER);
        }
        if (actor.is(ActorKind.STAFF)) {
            roles.add(STAFF);
        }
        return roles;
    }

    private Transition<InvoiceStatus, InvoiceAction, InvoiceRole> require(InvoiceAction action, Actor actor, Instant at) {
        Objects.requireNonNull(at, "at");
        return TRANSITIONS.require(status, action, rolesOf(actor));
    }

    private void moveAlong(Transition<InvoiceStatus, InvoiceAction, InvoiceRole> transition, Actor actor, Instant at,
                           Optional<String> reason) {
        InvoiceStatus from = status;
        status = transition.to();
        history.append(transition.action(), from, status, actor.id(), at, reason);
        events.raise(new InvoiceEvent.Transitioned(id, transition.action(), from, status, reason, actor.id(), at));
    }

    private static void requireIssuer(Issuer issuer, Actor actor) {
        if (!issuer.isActedForBy(actor)) {
            throw new DomainException("INVOICE_ACTION_FORBIDDEN", "Ce dossier est facturé par " + issuer.description() + ".");
        }
    }

    private static void requirePositive(Money amount) {
        if (!amount.isPositive()) {
            throw new DomainException("INVALID_INVOICE_AMOUNT", "Le montant de la facture doit être supérieur à zéro.");
        }
    }
}
