package fr.passerelle.application.invoice;

import fr.passerelle.application.dossier.PageRequest;
import fr.passerelle.application.dossier.Dossiers;
import fr.passerelle.application.dossier.StoredDossier;
import fr.passerelle.application.establishment.Establishments;
import fr.passerelle.application.identity.AccountDirectory;
import fr.passerelle.application.identity.Caller;
import fr.passerelle.application.shared.Clock;
import fr.passerelle.application.shared.Page;
import fr.passerelle.application.shared.ResourceNotFoundException;
import fr.passerelle.domain.account.Actor;
import fr.passerelle.domain.account.ActorKind;
import fr.passerelle.domain.dossier.Dossier;
import fr.passerelle.domain.dossier.DossierAction;
import fr.passerelle.domain.dossier.DossierNumber;
import fr.passerelle.domain.establishment.BankAccountId;
import fr.passerelle.domain.establishment.Establishment;
import fr.passerelle.domain.invoice.Invoice;
import fr.passerelle.domain.invoice.InvoiceId;
import fr.passerelle.domain.invoice.Issuer;
import fr.passerelle.domain.invoice.PayeeBankAccount;
import fr.passerelle.domain.invoice.Payment;
import fr.passerelle.domain.invoice.PaymentId;
import fr.passerelle.domain.invoice.PaymentSnapshot;
import fr.passerelle.domain.shared.Bic;
import fr.passerelle.domain.shared.DomainException;
import fr.passerelle.domain.shared.Iban;
import fr.passerelle.domain.shared.Siret;
import fr.passerelle.domain.shared.Text;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Payments of validated invoices and their remittance advice. A payment goes to its payee's active bank account: the
 * establishment's validated one for an employer, the one staff registered for a training body. Once a dossier's
 * invoices pay all it still commits, its balance is closed in the same command (it becomes {@code CLOSED}).
 */
public final class PaymentsService implements OrderPayments, PaymentQueries {

    private static final String STAFF_ONLY = "Seuls les conseillers de l’OPCO ordonnent un paiement.";

    private final Payments payments;
    private final Invoices invoices;
    private final Dossiers dossiers;
    private final Establishments establishments;
    private final TrainingBodyBankAccounts trainingBodyAccounts;
    private final RemittanceAdvices advices;
    private final InvoiceAccess access;
    private final Clock clock;

    public PaymentsService(Payments payments, Invoices invoices, Dossiers dossiers, Establishments establishments,
                           TrainingBodyBankAccounts trainingBodyAccounts, RemittanceAdvices advices, AccountDirectory accounts,
                           Clock clock) {
        this.payments = Objects.requireNonNull(payments);
        this.invoices = Objects.requireNonNull(invoices);
        this.dossiers = Objects.requireNonNull(dossiers);
        this.establishments = Objects.requireNonNull(establishments);
        this.trainingBodyAccounts = Objects.requireNonNull(trainingBodyAccounts);
        this.advices = Objects.requireNonNull(advices);
        this.access = new InvoiceAccess(accounts);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public PaymentView order(Caller caller, List<String> invoiceIds) {
        Actor actor = requireStaff(caller);
        if (invoiceIds.isEmpty()) {
            throw new DomainException("NO_INVOICE_TO_PAY", "Un paiement règle au moins une facture.");
        }
        List<InvoiceId> ids = invoiceIds.stream()
                .map(id -> new InvoiceId(InvoiceAccess.idOf(id, InvoiceAccess.INVOICE_NOT_FOUND))).toList();
        TreeSet<String> dossierNumbers = new TreeSet<>();
        for (InvoiceId id : ids) {
            dossierNumbers.add(storedInvoice(id).dossierNumber().value());
        }
        dossierNumbers.forEach(number -> invoices.lockDossier(DossierNumber.of(number)));
        Map<InvoiceId, StoredInvoice> stored = new LinkedHashMap<>();
        for (InvoiceId id : ids) {
            stored.putIfAbsent(id, storedInvoice(id));
        }
        List<Invoice> toPay = ids.stream().map(id -> Invoice.restore(stored.get(id).snapshot())).toList();
        Issuer payee = toPay.get(0).issuer();
        Instant at = clock.now();
        Payment payment = Payment.order(new PaymentId(UUID.randomUUID()), toPay, payee, activeAccountOf(payee), actor, at);
        StoredPayment saved = payments.add(payment.snapshot(), payeeName(payee, stored.values().iterator().next()));
        for (Invoice paid : toPay) {
            if (paid.paymentId().isPresent()) {
                StoredInvoice before = stored.get(paid.id());
                invoices.update(paid.snapshot(), before.details(), before.version(), at);
            }
        }
        dossierNumbers.forEach(number -> closeIfFullyPaid(DossierNumber.of(number), actor, at));
        return new PaymentView(saved, invoices.ofPayment(saved.snapshot().id()));
    }

    /** The grant is paid in full: nothing more can be invoiced, so staff's balance closes the dossier. */
    private void closeIfFullyPaid(DossierNumber number, Actor actor, Instant at) {
        StoredDossier stored = dossiers.find(number).orElseThrow();
        Dossier dossier = Dossier.restore(stored.snapshot());
        InvoiceTotals totals = invoices.totals(dossier.id());
        boolean fullyPaid = !totals.paid().isLessThan(dossier.committedAmount());
        if (fullyPaid && dossier.allowedActions(actor).contains(DossierAction.CLOSE_BALANCE)) {
            dossier.closeBalance(actor, at, totals.live());
            dossiers.update(dossier.snapshot(), stored.version(), at);
        }
    }

    @Override
    public TrainingBodyBankAccount registerTrainingBodyBankAccount(Caller caller, Siret siret, BankDetails details) {
        Actor actor = requireStaff(caller);
        TrainingBodyBankAccount account = new TrainingBodyBankAccount(new BankAccountId(UUID.randomUUID()), siret,
                Iban.of(details.iban()), Bic.of(details.bic()),
                Text.requireNonBlank(details.holder(), "HOLDER_REQUIRED", "Indiquez le titulaire du compte."), actor.id(), clock.now());
        trainingBodyAccounts.register(account);
        return account;
    }

    @Override
    public Optional<TrainingBodyBankAccount> trainingBodyBankAccount(Caller caller, Siret siret) {
        requireStaff(caller);
        return trainingBodyAccounts.activeOf(siret);
    }

    @Override
    public Page<PaymentSummary> search(Caller caller, PageRequest page) {
        Optional<InvoiceScope> scope = access.actorFor(caller).map(InvoiceAccess::scopeOf).filter(found -> !found.isEmpty());
        return scope.map(found -> payments.search(found, page)).orElse(Page.empty());
    }

    @Override
    public PaymentView view(Caller caller, String paymentId) {
        StoredPayment payment = visible(caller, paymentId);
        return new PaymentView(payment, invoices.ofPayment(payment.snapshot().id()));
    }

    @Override
    public AdviceFile remittanceAdvice(Caller caller, String paymentId) {
        PaymentView view = view(caller, paymentId);
        PaymentSnapshot payment = view.payment().snapshot();
        String reference = reference(payment.id());
        List<RemittanceAdvice.Line> lines = new ArrayList<>();
        for (StoredInvoice invoice : view.invoices()) {
            lines.add(new RemittanceAdvice.Line(invoice.dossierNumber().value(), invoice.dossierTitle(), invoice.snapshot().number().value(),
                    invoice.details().invoiceDate(), invoice.snapshot().amount()));
        }
        byte[] pdf = advices.render(new RemittanceAdvice(reference, payment.orderedAt(), view.payment().payeeName(),
                payeeSiret(payment.payee()), payment.iban().masked(), payment.bic().value(), payment.amount(), lines));
        return new AdviceFile("avis-de-paiement-" + reference + ".pdf", pdf);
    }

    /** The payment's reference as payees quote it: the start of its id, upper-cased. */
    static String reference(PaymentId id) {
        return id.value().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private StoredPayment visible(Caller caller, String paymentId) {
        Actor actor = access.requireActor(caller, InvoiceAccess.PAYMENT_NOT_FOUND);
        return payments.find(new PaymentId(InvoiceAccess.idOf(paymentId, InvoiceAccess.PAYMENT_NOT_FOUND)))
                .filter(found -> InvoiceAccess.canSee(actor, found.snapshot().payee()))
                .orElseThrow(() -> new ResourceNotFoundException(InvoiceAccess.PAYMENT_NOT_FOUND));
    }

    private Actor requireStaff(Caller caller) {
        Actor actor = access.requireActor(caller, InvoiceAccess.INVOICE_NOT_FOUND);
        if (!actor.is(ActorKind.STAFF)) {
            throw new DomainException("PAYMENT_ACTION_FORBIDDEN", STAFF_ONLY);
        }
        return actor;
    }

    private StoredInvoice storedInvoice(InvoiceId id) {
        return invoices.find(id).orElseThrow(() -> new ResourceNotFoundException(InvoiceAccess.INVOICE_NOT_FOUND));
    }

    private Optional<PayeeBankAccount> activeAccountOf(Issuer payee) {
        if (payee instanceof Issuer.Employer employer) {
            return establishments.find(employer.establishmentId()).flatMap(Establishment::activeBankAccount)
                    .map(account -> new PayeeBankAccount(payee, account.id(), account.iban(), account.bic()));
        }
        return trainingBodyAccounts.activeOf(((Issuer.TrainingBody) payee).siret())
                .map(account -> new PayeeBankAccount(payee, account.id(), account.iban(), account.bic()));
    }

    /** The establishment's name, or the training body's as the dossier names it. */
    private String payeeName(Issuer payee, StoredInvoice anInvoice) {
        if (payee instanceof Issuer.Employer employer) {
            return establishments.find(employer.establishmentId()).map(Establishment::name).orElseThrow();
        }
        return dossiers.find(anInvoice.dossierNumber())
                .map(dossier -> dossier.snapshot().content().trainingBody().name())
                .filter(name -> name != null && !name.isBlank())
                .orElse("Organisme de formation " + ((Issuer.TrainingBody) payee).siret().value());
    }

    private String payeeSiret(Issuer payee) {
        if (payee instanceof Issuer.Employer employer) {
            return establishments.find(employer.establishmentId()).map(establishment -> establishment.siret().value()).orElse("");
        }
        return ((Issuer.TrainingBody) payee).siret().value();
    }
}
