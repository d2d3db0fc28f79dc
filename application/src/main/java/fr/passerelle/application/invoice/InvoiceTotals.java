package fr.passerelle.application.invoice;

import fr.passerelle.domain.shared.Money;

import java.util.Objects;

/**
 * What a dossier's invoices add up to.
 *
 * @param live submitted, validated and paid invoices: what counts against the grant
 * @param paid paid invoices
 */
public record InvoiceTotals(Money live, Money paid) {

    public static final InvoiceTotals NONE = new InvoiceTotals(Money.ZERO, Money.ZERO);

    public InvoiceTotals {
        Objects.requireNonNull(live, "live");
        Objects.requireNonNull(paid, "paid");
    }
}
