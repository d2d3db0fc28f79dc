package fr.passerelle.application.invoice;

import fr.passerelle.domain.dossier.DossierNumber;
import fr.passerelle.domain.invoice.InvoiceId;
import fr.passerelle.domain.invoice.InvoiceNumber;
import fr.passerelle.domain.invoice.InvoiceStatus;
import fr.passerelle.domain.invoice.Issuer;
import fr.passerelle.domain.shared.Money;

import java.time.Instant;
import java.time.LocalDate;

/** One line of the invoice list. */
public record InvoiceSummary(InvoiceId id, DossierNumber dossierNumber, String dossierTitle, Issuer issuer, InvoiceNumber number,
                             LocalDate invoiceDate, Money amount, InvoiceStatus status, Instant updatedAt) {
}
