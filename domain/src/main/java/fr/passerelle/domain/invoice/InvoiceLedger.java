package fr.passerelle.domain.invoice;

import fr.passerelle.domain.shared.Money;

import java.util.Objects;
import java.util.Set;

/**
 * What storage knows that a new invoice must be checked against.
 *
 * @param numbersAlreadyUsedByIssuer every number the same issuer already used, whatever the dossier
 * @param liveTotalOfDossier         the total of the dossier's submitted, validated and paid invoices
 */
public record InvoiceLedger(Set<InvoiceNumber> numbersAlreadyUsedByIssuer, Money liveTotalOfDossier) {

    public InvoiceLedger {
        numbersAlreadyUsedByIssuer = Set.copyOf(numbersAlreadyUsedByIssuer);
        Objects.requireNonNull(liveTotalOfDossier, "liveTotalOfDossier");
    }
}
