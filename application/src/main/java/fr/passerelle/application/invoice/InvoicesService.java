package fr.passerelle.application.invoice;

import fr.passerelle.application.document.ContentTypes;
import fr.passerelle.application.document.DocumentDownload;
import fr.passerelle.application.document.DocumentFile;
import fr.passerelle.application.document.DocumentIntake;
import fr.passerelle.application.document.DocumentOwner;
import fr.passerelle.application.document.DocumentStore;
import fr.passerelle.application.document.UploadedFile;
import fr.passerelle.application.dossier.DossierAccess;
import fr.passerelle.application.dossier.Dossiers;
import fr.passerelle.application.dossier.StoredDossier;
import fr.passerelle.application.identity.AccountDirectory;
import fr.passerelle.application.identity.Caller;
import fr.passerelle.application.shared.Clock;
import fr.passerelle.application.shared.Page;
import fr.passerelle.application.shared.ResourceNotFoundException;
import fr.passerelle.application.shared.VersionMismatchException;
import fr.passerelle.domain.account.Actor;
import fr.passerelle.domain.dossier.Dossier;
import fr.passerelle.domain.dossier.DossierId;
import fr.passerelle.domain.dossier.DossierNumber;
import fr.passerelle.domain.invoice.Invoice;
import fr.passerelle.domain.invoice.InvoiceId;
import fr.passerelle.domain.invoice.InvoiceNumber;
import fr.passerelle.domain.invoice.InvoiceRequiresGrantedDossier;
import fr.passerelle.domain.invoice.Issuer;
import fr.passerelle.domain.shared.DocumentId;
import fr.passerelle.domain.shared.DomainException;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Invoices, from the deposit to staff's decision. Whether the caller may perform each command is the domain's
 * transition table; which invoices they see is {@link InvoiceAccess}. The PDF enters the document store through the
 * {@link DocumentIntake} (size, type by content: PDF only), as a file of the dossier, in the same transaction.
 */
public final class InvoicesService implements IssueInvoices, StaffInvoiceReview, InvoiceQueries {

    static final String ONLY_PDF = "Une facture se dépose au format PDF.";
    private static final String DOSSIER_NOT_FOUND = "Ce dossier n’existe pas ou ne vous est pas accessible.";
    private static final ZoneId OPCO_TIME_ZONE = ZoneId.of("Europe/Paris");

    /** A change to an invoice, made by an actor at an instant. */
    @FunctionalInterface
    private interface Change {
        void apply(Invoice invoice, Actor actor, Instant at);
    }

    private final Invoices invoices;
    private final Dossiers dossiers;
    private final DocumentStore store;
    private final DocumentIntake intake;
    private final InvoiceAccess access;
    private final Clock clock;

    public InvoicesService(Invoices invoices, Dossiers dossiers, DocumentStore store, ContentTypes contentTypes, long maxSize,
                           AccountDirectory accounts, Clock clock) {
        this.invoices = Objects.requireNonNull(invoices);
        this.dossiers = Objects.requireNonNull(dossiers);
        this.store = Objects.requireNonNull(store);
        this.intake = new DocumentIntake(store, contentTypes, maxSize);
        this.access = new InvoiceAccess(accounts);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public InvoiceView deposit(Caller caller, Deposit deposit) {
        Actor actor = access.requireActor(caller, DOSSIER_NOT_FOUND);
        DossierNumber number = dossierNumber(deposit.dossierNumber());
        intake.requireWithinLimit(deposit.file());
        invoices.lockDossier(number);
        StoredDossier stored = dossiers.find(number)
                .filter(found -> DossierAccess.canSee(actor, found.snapshot()))
                .orElseThrow(() -> new ResourceNotFoundException(DOSSIER_NOT_FOUND));
        Dossier dossier = Dossier.restore(stored.snapshot());
        Instant at = clock.now();
        requireNotInFuture(deposit.invoiceDate(), at);
        InvoiceRequiresGrantedDossier.check(dossier);
        Invoice invoice = Invoice.submit(new InvoiceId(UUID.randomUUID()), dossier, InvoiceNumber.of(deposit.number()),
                deposit.amount(), invoices.ledger(dossier.id(), Issuer.of(dossier)), actor, at);
        InvoiceDetails details = new InvoiceDetails(deposit.invoiceDate(), storePdf(dossier.id(), deposit.file()), deposit.file().fileName());
        return view(actor, invoices.add(invoice.snapshot(), details));
    }

    @Override
    public InvoiceView resubmit(Caller caller, Resubmit resubmit) {
        Actor actor = access.requireActor(caller, InvoiceAccess.INVOICE_NOT_FOUND);
        resubmit.file().ifPresent(intake::requireWithinLimit);
        StoredInvoice stored = visible(actor, resubmit.invoice());
        invoices.lockDossier(stored.dossierNumber());
        Dossier dossier = Dossier.restore(dossiers.find(stored.dossierNumber()).orElseThrow().snapshot());
        Invoice invoice = Invoice.restore(stored.snapshot());
        Instant at = clock.now();
        invoice.resubmit(actor, at, resubmit.amount(), dossier, invoices.totals(dossier.id()).live());
        InvoiceDetails details = resubmit.file()
                .map(file -> new InvoiceDetails(stored.details().invoiceDate(), storePdf(dossier.id(), file), file.fileName()))
                .orElse(stored.details());
        return view(actor, invoices.update(invoice.snapshot(), details, stored.version(), at));
    }

    @Override
    public InvoiceView withdraw(Caller caller, InvoiceRef invoice) {
        return change(caller, invoice, Invoice::withdraw);
    }

    @Override
    public InvoiceView validate(Caller caller, InvoiceRef invoice) {
        return change(caller, invoice, Invoice::validate);
    }

    @Override
    public InvoiceView reject(Caller caller, InvoiceRef invoice, String reason) {
        return change(caller, invoice, (changed, actor, at) -> changed.reject(actor, at, reason));
    }

    @Override
    public InvoiceView requestChanges(Caller caller, InvoiceRef invoice, String message) {
        return change(caller, invoice, (changed, actor, at) -> changed.requestChanges(actor, at, message));
    }

    @Override
    public InvoiceView view(Caller caller, String invoiceId) {
        Actor actor = access.requireActor(caller, InvoiceAccess.INVOICE_NOT_FOUND);
        return view(actor, visible(actor, InvoiceRef.of(invoiceId)));
    }

    @Override
    public Page<InvoiceSummary> search(Caller caller, InvoiceSearch search) {
        Optional<InvoiceScope> scope = access.actorFor(caller).map(InvoiceAccess::scopeOf).filter(found -> !found.isEmpty());
        return scope.map(found -> invoices.search(search, found)).orElse(Page.empty());
    }

    @Override
    public DocumentDownload file(Caller caller, String invoiceId) {
        Actor actor = access.requireActor(caller, InvoiceAccess.INVOICE_NOT_FOUND);
        StoredInvoice stored = visible(actor, InvoiceRef.of(invoiceId));
        DocumentOwner owner = DocumentOwner.of(stored.snapshot().dossierId());
        DocumentId document = stored.details().document();
        DocumentFile file = store.filesOf(owner).get(document);
        InputStream content = store.open(owner, document).orElse(null);
        if (file == null || content == null) {
            throw new ResourceNotFoundException(InvoiceAccess.INVOICE_NOT_FOUND);
        }
        return new DocumentDownload(stored.details().fileName(), file, content);
    }

    private InvoiceView change(Caller caller, InvoiceRef ref, Change change) {
        Actor actor = access.requireActor(caller, InvoiceAccess.INVOICE_NOT_FOUND);
        StoredInvoice stored = visible(actor, ref);
        Invoice invoice = Invoice.restore(stored.snapshot());
        Instant at = clock.now();
        change.apply(invoice, actor, at);
        return view(actor, invoices.update(invoice.snapshot(), stored.details(), stored.version(), at));
    }

    /** The invoice, if this actor may see it, at the version they read; otherwise the answer for an unknown id. */
    private StoredInvoice visible(Actor actor, InvoiceRef ref) {
        StoredInvoice stored = invoices.find(new InvoiceId(InvoiceAccess.idOf(ref.id(), InvoiceAccess.INVOICE_NOT_FOUND)))
                .filter(found -> InvoiceAccess.canSee(actor, found.snapshot().issuer()))
                .orElseThrow(() -> new ResourceNotFoundException(InvoiceAccess.INVOICE_NOT_FOUND));
        ref.expectedVersion()
                .filter(expected -> expected != stored.version())
                .ifPresent(expected -> {
                    throw new VersionMismatchException(expected, stored.version());
                });
        return stored;
    }

    private static InvoiceView view(Actor actor, StoredInvoice stored) {
        return new InvoiceView(stored, Invoice.restore(stored.snapshot()).allowedActions(actor));
    }

    private DocumentId storePdf(DossierId dossier, UploadedFile file) {
        DocumentId id = new DocumentId(UUID.randomUUID());
        intake.store(DocumentOwner.of(dossier), id, file, Set.of(ContentTypes.PDF), ONLY_PDF);
        return id;
    }

    private static void requireNotInFuture(LocalDate invoiceDate, Instant now) {
        if (invoiceDate.isAfter(now.atZone(OPCO_TIME_ZONE).toLocalDate())) {
            throw new DomainException("INVOICE_DATE_IN_FUTURE", "La date de la facture ne peut pas être postérieure à aujourd’hui.");
        }
    }

    private static DossierNumber dossierNumber(String text) {
        try {
            return DossierNumber.of(text);
        } catch (DomainException malformed) {
            throw new ResourceNotFoundException(DOSSIER_NOT_FOUND);
        }
    }
}
