package fr.passerelle.application.invoice;

import fr.passerelle.application.dossier.StoredDossier;
import fr.passerelle.application.shared.ConcurrentUpdateException;
import fr.passerelle.application.shared.MalformedInputException;
import fr.passerelle.application.shared.Page;
import fr.passerelle.domain.dossier.DossierId;
import fr.passerelle.domain.dossier.DossierNumber;
import fr.passerelle.domain.dossier.DossierSnapshot;
import fr.passerelle.domain.invoice.InvoiceId;
import fr.passerelle.domain.invoice.InvoiceLedger;
import fr.passerelle.domain.invoice.InvoiceNumber;
import fr.passerelle.domain.invoice.InvoiceSnapshot;
import fr.passerelle.domain.invoice.InvoiceStatus;
import fr.passerelle.domain.invoice.Issuer;
import fr.passerelle.domain.invoice.PaymentId;
import fr.passerelle.domain.shared.DomainException;
import fr.passerelle.domain.shared.Money;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The invoice store of the use-case tests: versions and unique numbers checked like the real one; it records which
 * dossiers were locked, so that a test can tell a command took the lock before reading.
 */
public final class InMemoryInvoices implements Invoices {

    private final Map<InvoiceId, StoredInvoice> byId = new LinkedHashMap<>();
    private final List<DossierNumber> locked = new ArrayList<>();
    private final Supplier<Collection<StoredDossier>> dossiers;

    public InMemoryInvoices(Supplier<Collection<StoredDossier>> dossiers) {
        this.dossiers = dossiers;
    }

    public List<DossierNumber> locked() {
        return List.copyOf(locked);
    }

    @Override
    public void lockDossier(DossierNumber dossier) {
        locked.add(dossier);
    }

    @Override
    public InvoiceLedger ledger(DossierId dossier, Issuer issuer) {
        Set<InvoiceNumber> numbers = byId.values().stream().map(StoredInvoice::snapshot)
                .filter(invoice -> invoice.issuer().equals(issuer)).map(InvoiceSnapshot::number).collect(Collectors.toSet());
        return new InvoiceLedger(numbers, totals(dossier).live());
    }

    @Override
    public InvoiceTotals totals(DossierId dossier) {
        List<InvoiceSnapshot> ofDossier = byId.values().stream().map(StoredInvoice::snapshot)
                .filter(invoice -> invoice.dossierId().equals(dossier)).toList();
        return new InvoiceTotals(
                Money.sum(ofDossier.stream().filter(invoice -> invoice.status().isLive()).map(InvoiceSnapshot::amount).toList()),
                Money.sum(ofDossier.stream().filter(invoice -> invoice.status() == InvoiceStatus.PAID).map(InvoiceSnapshot::amount).toList()));
    }

    @Override
    public Optional<StoredInvoice> find(InvoiceId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public List<StoredInvoice> ofPayment(PaymentId payment) {
        return byId.values().stream().filter(invoice -> invoice.snapshot().paymentId().filter(payment::equals).isPresent()).toList();
    }

    @Override
    public StoredInvoice add(InvoiceSnapshot invoice, InvoiceDetails details) {
        boolean numberUsed = byId.values().stream().map(StoredInvoice::snapshot)
                .anyMatch(other -> other.issuer().equals(invoice.issuer()) && other.number().equals(invoice.number()));
        if (numberUsed) {
            throw new DomainException("DUPLICATE_INVOICE_NUMBER", "Numéro déjà utilisé.");
        }
        DossierSnapshot dossier = dossierOf(invoice.dossierId());
        StoredInvoice stored = new StoredInvoice(invoice, details, dossier.number(), dossier.content().training().title(), 0,
                invoice.submittedAt());
        byId.put(invoice.id(), stored);
        return stored;
    }

    @Override
    public StoredInvoice update(InvoiceSnapshot invoice, InvoiceDetails details, long expectedVersion, Instant at) {
        StoredInvoice current = byId.get(invoice.id());
        if (current == null || current.version() != expectedVersion) {
            throw new ConcurrentUpdateException();
        }
        StoredInvoice stored = new StoredInvoice(invoice, details, current.dossierNumber(), current.dossierTitle(),
                expectedVersion + 1, at);
        byId.put(invoice.id(), stored);
        return stored;
    }

    @Override
    public Page<InvoiceSummary> search(InvoiceSearch search, InvoiceScope scope) {
        if (search.page().cursor().isPresent()) {
            throw new MalformedInputException("The fake store pages nothing");
        }
        List<InvoiceSummary> found = byId.values().stream()
                .filter(stored -> inScope(stored.snapshot().issuer(), scope))
                .filter(stored -> search.status().map(stored.snapshot().status()::equals).orElse(true))
                .filter(stored -> search.dossier().map(stored.dossierNumber()::equals).orElse(true))
                .sorted(Comparator.comparing(StoredInvoice::updatedAt).reversed())
                .map(stored -> new InvoiceSummary(stored.snapshot().id(), stored.dossierNumber(), stored.dossierTitle(),
                        stored.snapshot().issuer(), stored.snapshot().number(), stored.details().invoiceDate(),
                        stored.snapshot().amount(), stored.snapshot().status(), stored.updatedAt()))
                .limit(search.page().limit())
                .toList();
        return new Page<>(found, Optional.empty());
    }

    static boolean inScope(Issuer issuer, InvoiceScope scope) {
        return scope.everyone()
                || issuer instanceof Issuer.Employer employer && scope.establishments().contains(employer.establishmentId())
                || issuer instanceof Issuer.TrainingBody trainingBody && scope.trainingBody().filter(trainingBody.siret()::equals).isPresent();
    }

    private DossierSnapshot dossierOf(DossierId id) {
        return dossiers.get().stream().map(StoredDossier::snapshot).filter(dossier -> dossier.id().equals(id)).findFirst().orElseThrow();
    }
}
