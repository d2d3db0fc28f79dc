package fr.passerelle.domain.invoice;

import fr.passerelle.domain.shared.DomainException;
import fr.passerelle.domain.shared.Money;

/** Submitted, validated and paid invoices of a dossier together never exceed what was granted. */
public final class InvoicesStayWithinGrant {

    private InvoicesStayWithinGrant() {
    }

    /** @param alreadyInvoiced the total of the dossier's other live invoices (submitted, validated, paid) */
    public static void check(Money granted, Money alreadyInvoiced, Money amount) {
        Money remaining = granted.minus(alreadyInvoiced).atLeastZero();
        if (amount.isGreaterThan(remaining)) {
            throw new DomainException("INVOICE_EXCEEDS_GRANT", "Le montant facturé (" + amount.display()
                    + ") dépasse le reste à facturer : il reste " + remaining.display() + " sur les " + granted.display() + " accordés.");
        }
    }
}
