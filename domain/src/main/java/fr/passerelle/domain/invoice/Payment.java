package fr.passerelle.domain.invoice;

import fr.passerelle.domain.account.Actor;
import fr.passerelle.domain.account.ActorKind;
import fr.passerelle.domain.establishment.BankAccountId;
import fr.passerelle.domain.establishment.Establishment;
import fr.passerelle.domain.shared.Bic;
import fr.passerelle.domain.shared.DomainException;
import fr.passerelle.domain.shared.History;
import fr.passerelle.domain.shared.HistoryEntry;
import fr.passerelle.domain.shared.Iban;
import fr.passerelle.domain.shared.Money;
import fr.passerelle.domain.shared.PendingEvents;
import fr.passerelle.domain.shared.TransitionTable;
import fr.passerelle.domain.shared.UserId;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import static fr.passerelle.domain.invoice.PaymentAction.EXECUTE;
import static fr.passerelle.domain.invoice.PaymentStatus.EXECUTED;
import static fr.passerelle.domain.invoice.PaymentStatus.ORDERED;

/** One transfer paying validated invoices of a single payee, to that payee's active bank account. */
public final class Payment {

    public static final TransitionTable<PaymentStatus, PaymentAction, PaymentRole> TRANSITIONS =
            TransitionTable.builder(PaymentStatus.class, PaymentAction.class, PaymentRole.class, "PAYMENT", "le paiement")
                    .allow(ORDERED, EXECUTE, EXECUTED, PaymentRole.STAFF)
                    .build();

    private final PaymentId id;
    private final Issuer payee;
    private final List<InvoiceId> invoices;
    private final Money amount;
    private final BankAccountId bankAccountId;
    private final Iban iban;
    private final Bic bic;
    private final UserId orderedBy;
    private final Instant orderedAt;
    private final History<PaymentStatus, PaymentAction> history;
    private final PendingEvents<PaymentEvent> events = new PendingEvents<>();
    private PaymentStatus status;

    private Payment(PaymentSnapshot snapshot) {
        this.id = Objects.requireNonNull(snapshot.id(), "id");
        this.payee = Objects.requireNonNull(snapshot.payee(), "payee");
        this.invoices = snapshot.invoices();
        this.amount = Objects.requireNonNull(snapshot.amount(), "amount");
        this.bankAccountId = Objects.requireNonNull(snapshot.bankAccountId(), "bankAccountId");
        this.iban = Objects.requireNonNull(snapshot.iban(), "iban");
        this.bic = Objects.requireNonNull(snapshot.bic(), "bic");
        this.status = Objects.requireNonNull(snapshot.status(), "status");
        this.orderedBy = Objects.requireNonNull(snapshot.orderedBy(), "orderedBy");
        this.orderedAt = Objects.requireNonNull(snapshot.orderedAt(), "orderedAt");
        this.history = History.of(snapshot.history());
    }

    /** Pays invoices to an establishment's active bank account: the establishment must be their issuer. */
    public static Payment order(PaymentId id, List<Invoice> toPay, Establishment payeeEstablishment, Actor actor, Instant at) {
        Objects.requireNonNull(payeeEstablishment, "payeeEstablishment");
        Issuer holder = toPay.stream().map(Invoice::issuer).filter(issuer -> issuer.isHeldBy(payeeEstablishment))
                .findFirst().orElse(new Issuer.Employer(payeeEstablishment.id()));
        Optional<PayeeBankAccount> account = payeeEstablishment.activeBankAccount()
                .map(active -> new PayeeBankAccount(holder, active.id(), active.iban(), active.bic()));
        return order(id, toPay, holder, account, actor, at);
    }

    /**
     * Orders the payment of validated invoices of one payee to its active bank account; the invoices become paid.
     * Everything is checked before any invoice changes, so a refusal leaves every invoice as it was.
     *
     * @param payee   whom the bank account is for
     * @param account the payee's active bank account, if it has one
     */
    public static Payment order(PaymentId id, List<Invoice> toPay, Issuer payee, Optional<PayeeBankAccount> account,
                                Actor actor, Instant at) {
        Objects.requireNonNull(at, "at");
        if (!actor.is(ActorKind.STAFF)) {
            throw new DomainException("PAYMENT_ACTION_FORBIDDEN", "Seuls les conseillers de l’OPCO ordonnent un paiement.");
        }
        if (toPay.isEmpty()) {
            throw new DomainException("NO_INVOICE_TO_PAY", "Un paiement règle au moins une facture.");
        }
        if (toPay.stream().map(Invoice::id).distinct().count() < toPay.size()) {
            throw new DomainException("DUPLICATE_INVOICE_IN_PAYMENT", "Une même facture ne peut pas être payée deux fois.");
        }
        for (Invoice invoice : toPay) {
            Invoice.TRANSITIONS.require(invoice.status(), InvoiceAction.PAY, invoice.rolesOf(actor));
        }
        Issuer issuer = toPay.get(0).issuer();
        if (toPay.stream().anyMatch(invoice -> !invoice.issuer().equals(issuer))) {
            throw new DomainException("SEVERAL_PAYEES", "Un paiement ne règle que les factures d’un seul bénéficiaire.");
        }
        if (!issuer.equals(payee) || account.filter(active -> !active.holder().equals(payee)).isPresent()) {
            throw new DomainException("PAYEE_MISMATCH", "Ce bénéficiaire n’est pas celui des factures.");
        }
        PayeeBankAccount active = account.orElseThrow(() -> new DomainException(
                "NO_ACTIVE_BANK_ACCOUNT", "Le bénéficiaire n’a pas de compte bancaire actif : le paiement ne peut pas être ordonné."));
        List<InvoiceId> invoiceIds = toPay.stream().map(Invoice::id).toList();
        Money total = Money.sum(toPay.stream().map(Invoice::amount).toList());
        for (Invoice invoice : toPay) {
            invoice.markPaid(actor, at, id);
        }
        Payment payment = new Payment(new PaymentSnapshot(id, payee, invoiceIds, total, active.id(), active.iban(),
                active.bic(), ORDERED, actor.id(), at, List.of()));
        payment.events.raise(new PaymentEvent.Ordered(id, payee, invoiceIds, total, active.iban(), actor.id(), at));
        return payment;
    }

    public static Payment restore(PaymentSnapshot snapshot) {
        return new Payment(snapshot);
    }

    /** The bank confirmed the transfer. */
    public void execute(Actor actor, Instant at) {
        Objects.requireNonNull(at, "at");
        PaymentStatus to = TRANSITIONS.require(status, EXECUTE, rolesOf(actor)).to();
        PaymentStatus from = status;
        status = to;
        history.append(EXECUTE, from, to, actor.id(), at, Optional.empty());
        events.raise(new PaymentEvent.Transitioned(id, EXECUTE, from, to, actor.id(), at));
    }

    public Set<PaymentAction> allowedActions(Actor actor) {
        return TRANSITIONS.actionsFor(status, rolesOf(actor));
    }

    public List<PaymentEvent> pullEvents() {
        return events.pull();
    }

    public PaymentSnapshot snapshot() {
        return new PaymentSnapshot(id, payee, invoices, amount, bankAccountId, iban, bic, status, orderedBy, orderedAt,
                history.entries());
    }

    public PaymentId id() {
        return id;
    }

    public Issuer payee() {
        return payee;
    }

    public List<InvoiceId> invoices() {
        return invoices;
    }

    public Money amount() {
        return amount;
    }

    public Iban iban() {
        return iban;
    }

    public PaymentStatus status() {
        return status;
    }

    public List<HistoryEntry<PaymentStatus, PaymentAction>> history() {
        return history.entries();
    }

    private static Set<PaymentRole> rolesOf(Actor actor) {
        return actor.is(ActorKind.STAFF) ? EnumSet.of(PaymentRole.STAFF) : EnumSet.noneOf(PaymentRole.class);
    }
}
