package fr.passerelle.application.invoice;

import fr.passerelle.application.document.UploadedFile;
import fr.passerelle.application.identity.Caller;
import fr.passerelle.domain.shared.Money;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** Inbound port: the issuer's side of an invoice (the employer, or the training body under subrogation). */
public interface IssueInvoices {

    /** A new invoice on a dossier: the issuer's number, its date, its amount and its PDF. */
    record Deposit(String dossierNumber, String number, LocalDate invoiceDate, Money amount, UploadedFile file) {

        public Deposit {
            Objects.requireNonNull(dossierNumber, "dossierNumber");
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(invoiceDate, "invoiceDate");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(file, "file");
        }
    }

    /** The invoice corrected after staff asked for changes: its amount, and a new PDF if the issuer sends one. */
    record Resubmit(InvoiceRef invoice, Money amount, Optional<UploadedFile> file) {

        public Resubmit {
            Objects.requireNonNull(invoice, "invoice");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(file, "file");
        }
    }

    InvoiceView deposit(Caller caller, Deposit deposit);

    InvoiceView resubmit(Caller caller, Resubmit resubmit);

    InvoiceView withdraw(Caller caller, InvoiceRef invoice);
}
