package fr.passerelle.application.invoice;

import fr.passerelle.domain.dossier.DossierNumber;
import fr.passerelle.domain.invoice.InvoiceSnapshot;

import java.time.Instant;
import java.util.Objects;

/** An invoice as stored, with the number and title of its dossier, its version and when it last changed. */
public record StoredInvoice(InvoiceSnapshot snapshot, InvoiceDetails details, DossierNumber dossierNumber, String dossierTitle,
                            long version, Instant updatedAt) {

    public StoredInvoice {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(dossierNumber, "dossierNumber");
        Objects.requireNonNull(dossierTitle, "dossierTitle");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
