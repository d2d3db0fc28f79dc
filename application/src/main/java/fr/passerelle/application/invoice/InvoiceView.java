package fr.passerelle.application.invoice;

import fr.passerelle.domain.invoice.InvoiceAction;

import java.util.Objects;
import java.util.Set;

/** An invoice as one caller sees it: with the commands they may perform now. */
public record InvoiceView(StoredInvoice invoice, Set<InvoiceAction> allowedActions) {

    public InvoiceView {
        Objects.requireNonNull(invoice, "invoice");
        allowedActions = Set.copyOf(allowedActions);
    }
}
