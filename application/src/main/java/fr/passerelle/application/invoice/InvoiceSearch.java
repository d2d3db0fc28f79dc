package fr.passerelle.application.invoice;

import fr.passerelle.application.dossier.PageRequest;
import fr.passerelle.domain.dossier.DossierNumber;
import fr.passerelle.domain.invoice.InvoiceStatus;

import java.util.Objects;
import java.util.Optional;

/** Filters of the invoice list, most recently changed first. */
public record InvoiceSearch(Optional<InvoiceStatus> status, Optional<DossierNumber> dossier, PageRequest page) {

    public InvoiceSearch {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(page, "page");
    }
}
