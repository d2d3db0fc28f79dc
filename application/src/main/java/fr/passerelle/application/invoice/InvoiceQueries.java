package fr.passerelle.application.invoice;

import fr.passerelle.application.document.DocumentDownload;
import fr.passerelle.application.identity.Caller;
import fr.passerelle.application.shared.Page;

/** Inbound port: the invoices a caller may see, and their PDFs. */
public interface InvoiceQueries {

    InvoiceView view(Caller caller, String invoiceId);

    Page<InvoiceSummary> search(Caller caller, InvoiceSearch search);

    DocumentDownload file(Caller caller, String invoiceId);
}
