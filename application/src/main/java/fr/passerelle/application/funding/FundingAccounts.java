package fr.passerelle.application.funding;

import fr.passerelle.domain.dossier.FundingSource;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.Money;
import fr.passerelle.domain.shared.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Outbound port: the funding envelopes of the company behind an establishment. The figures are computed from the
 * dossiers and invoices themselves, never kept as running totals, so they cannot drift from them.
 */
public interface FundingAccounts {

    /** The company's name, or empty when the establishment is unknown. */
    Optional<String> companyNameOf(EstablishmentId establishment);

    /** The company's envelopes of that year, one per source (an envelope never set reads as zero). */
    List<FundingEnvelope> envelopesOf(EstablishmentId establishment, int year);

    /**
     * The envelope, locked until the caller's transaction ends (created at zero if it did not exist): a grant or a
     * change of amount that reads it and then commits cannot race another one on the same envelope.
     */
    FundingEnvelope lock(EstablishmentId establishment, FundingSource source, int year);

    /** Sets the amount of an envelope the caller locked. */
    void setAmount(EstablishmentId establishment, FundingSource source, int year, Money amount, UserId by, Instant at);
}
