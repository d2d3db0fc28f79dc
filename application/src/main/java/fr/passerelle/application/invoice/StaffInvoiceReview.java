package fr.passerelle.application.invoice;

import fr.passerelle.application.identity.Caller;

/** Inbound port: staff's side of an invoice. */
public interface StaffInvoiceReview {

    InvoiceView validate(Caller caller, InvoiceRef invoice);

    InvoiceView reject(Caller caller, InvoiceRef invoice, String reason);

    InvoiceView requestChanges(Caller caller, InvoiceRef invoice, String message);
}
