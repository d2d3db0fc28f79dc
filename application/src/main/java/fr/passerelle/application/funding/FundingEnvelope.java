package fr.passerelle.application.funding;

import fr.passerelle.domain.dossier.FundingSource;
import fr.passerelle.domain.shared.Money;

import java.util.Objects;

/**
 * One envelope of a company for one year and one funding source, with what the dossiers drawing on it made of it.
 *
 * @param amount    what staff set aside for the company (zero until they do)
 * @param committed what granted dossiers still commit: their grants, less what a cancellation, an early termination or
 *                  the closing of their balance released
 * @param invoiced  the dossiers' submitted, validated and paid invoices
 * @param paid      the dossiers' paid invoices
 */
public record FundingEnvelope(int year, FundingSource source, Money amount, Money committed, Money invoiced, Money paid) {

    public FundingEnvelope {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(committed, "committed");
        Objects.requireNonNull(invoiced, "invoiced");
        Objects.requireNonNull(paid, "paid");
    }

    /** "Disponible pour engagement": what a new grant may still take. */
    public Money availableForCommitment() {
        return amount.minus(committed);
    }

    /** "Solde disponible pour règlement": what remains to be paid of what is committed. */
    public Money balanceForPayment() {
        return committed.minus(paid);
    }
}
