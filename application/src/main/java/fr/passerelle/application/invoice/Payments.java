package fr.passerelle.application.invoice;

import fr.passerelle.application.dossier.PageRequest;
import fr.passerelle.application.shared.Page;
import fr.passerelle.domain.invoice.PaymentId;
import fr.passerelle.domain.invoice.PaymentSnapshot;

import java.util.Optional;

/** Outbound port: every payment. */
public interface Payments {

    /** Stores a new payment at version 0, before the invoices it pays are stored as paid. */
    StoredPayment add(PaymentSnapshot payment, String payeeName);

    Optional<StoredPayment> find(PaymentId id);

    /** The payments to the payees of the scope, most recent first. */
    Page<PaymentSummary> search(InvoiceScope scope, PageRequest page);
}
