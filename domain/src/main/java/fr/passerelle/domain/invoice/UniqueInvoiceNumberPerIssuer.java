package fr.passerelle.domain.invoice;

import fr.passerelle.domain.shared.DomainException;

import java.util.Set;

/**
 * An issuer never sends two invoices under the same number. Knowing the numbers already used takes storage: the
 * application layer reads them and hands them over.
 */
public final class UniqueInvoiceNumberPerIssuer {

    private UniqueInvoiceNumberPerIssuer() {
    }

    public static void check(InvoiceNumber number, Set<InvoiceNumber> numbersAlreadyUsedByIssuer) {
        if (numbersAlreadyUsedByIssuer.contains(number)) {
            throw new DomainException("DUPLICATE_INVOICE_NUMBER", "Vous avez déjà déposé une facture numéro « " + number + " ».");
        }
    }
}
