package fr.passerelle.application.invoice;

import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.Siret;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which invoices (and payments) a list may return: staff every one; otherwise those issued by (paid to) the
 * establishments the caller manages invoices of, or the training body they speak for.
 */
public record InvoiceScope(boolean everyone, Set<EstablishmentId> establishments, Optional<Siret> trainingBody) {

    public static final InvoiceScope STAFF = new InvoiceScope(true, Set.of(), Optional.empty());

    public InvoiceScope {
        establishments = Set.copyOf(establishments);
        Objects.requireNonNull(trainingBody, "trainingBody");
    }

    public boolean isEmpty() {
        return !everyone && establishments.isEmpty() && trainingBody.isEmpty();
    }
}
