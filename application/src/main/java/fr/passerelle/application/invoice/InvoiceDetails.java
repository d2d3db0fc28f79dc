package fr.passerelle.application.invoice;

import fr.passerelle.domain.shared.DocumentId;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What an invoice carries beyond what the domain decides on: the date the issuer gave it and its PDF, a file of the
 * dossier in the document store.
 */
public record InvoiceDetails(LocalDate invoiceDate, DocumentId document, String fileName) {

    public InvoiceDetails {
        Objects.requireNonNull(invoiceDate, "invoiceDate");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(fileName, "fileName");
    }
}
