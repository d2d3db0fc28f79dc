package fr.passerelle.application.invoice;

import fr.passerelle.application.shared.ConcurrentUpdateException;
import fr.passerelle.application.shared.Page;
import fr.passerelle.domain.dossier.DossierId;
import fr.passerelle.domain.dossier.DossierNumber;
import fr.passerelle.domain.invoice.InvoiceId;
import fr.passerelle.domain.invoice.InvoiceLedger;
import fr.passerelle.domain.invoice.InvoiceSnapshot;
import fr.passerelle.domain.invoice.Issuer;
import fr.passerelle.domain.invoice.PaymentId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Outbound port: every invoice, with optimistic versions, and the books of each dossier. */
public interface Invoices {

    /**
     * Locks the dossier's row until the transaction ends; called before the dossier is read. Whatever changes what a
     * dossier's invoices add up to (a deposit, a resubmission, a payment) or releases its commitment (a cancellation,
     * a termination, a closed balance) takes this lock first, so that two of them are served one after the other
     * and the second reads what the first wrote.
     */
    void lockDossier(DossierNumber dossier);

    /** What a new invoice of this issuer on this dossier is checked against. */
    InvoiceLedger ledger(DossierId dossier, Issuer issuer);

    InvoiceTotals totals(DossierId dossier);

    Optional<StoredInvoice> find(InvoiceId id);

    List<StoredInvoice> ofPayment(PaymentId payment);

    /** Stores a new invoice at version 0. */
    StoredInvoice add(InvoiceSnapshot invoice, InvoiceDetails details);

    /**
     * Stores the invoice's new state, provided it is still at {@code expectedVersion}.
     *
     * @throws ConcurrentUpdateException when another command changed it meanwhile
     */
    StoredInvoice update(InvoiceSnapshot invoice, InvoiceDetails details, long expectedVersion, Instant at);

    /** The invoices of the scope that match the search, most recently changed first. */
    Page<InvoiceSummary> search(InvoiceSearch search, InvoiceScope scope);
}
