package fr.passerelle.application.funding;

import fr.passerelle.domain.dossier.DossierSnapshot;
import fr.passerelle.domain.dossier.FundingSource;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.Money;
import fr.passerelle.domain.shared.UserId;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The envelopes of a use-case test: each establishment stands for its own company; committed amounts are added up
 * from the dossiers, invoiced and paid ones from what the test's invoices say, as the real store computes them.
 */
public final class InMemoryFundingAccounts implements FundingAccounts {

    private record Key(EstablishmentId establishment, FundingSource source, int year) {
    }

    /** What a dossier's invoices add up to: invoiced (submitted, validated, paid) and paid. */
    public record InvoicedAndPaid(Money invoiced, Money paid) {
        public static final InvoicedAndPaid NONE = new InvoicedAndPaid(Money.ZERO, Money.ZERO);
    }

    private final Map<Key, Money> amounts = new HashMap<>();
    private final Set<EstablishmentId> known;
    private final Supplier<Collection<DossierSnapshot>> dossiers;
    private final Function<DossierSnapshot, InvoicedAndPaid> invoices;
    private int locks;

    public InMemoryFundingAccounts(Set<EstablishmentId> known, Supplier<Collection<DossierSnapshot>> dossiers,
                                   Function<DossierSnapshot, InvoicedAndPaid> invoices) {
        this.known = Set.copyOf(known);
        this.dossiers = dossiers;
        this.invoices = invoices;
    }

    public void put(EstablishmentId establishment, FundingSource source, int year, Money amount) {
        amounts.put(new Key(establishment, source, year), amount);
    }

    /** How many times an envelope was locked: a grant must lock the one it draws on. */
    public int locks() {
        return locks;
    }

    @Override
    public Optional<String> companyNameOf(EstablishmentId establishment) {
        return known.contains(establishment) ? Optional.of("Société " + establishment.value()) : Optional.empty();
    }

    @Override
    public List<FundingEnvelope> envelopesOf(EstablishmentId establishment, int year) {
        return Arrays.stream(FundingSource.values()).map(source -> envelope(new Key(establishment, source, year))).toList();
    }

    @Override
    public FundingEnvelope lock(EstablishmentId establishment, FundingSource source, int year) {
        locks++;
        return envelope(new Key(establishment, source, year));
    }

    @Override
    public void setAmount(EstablishmentId establishment, FundingSource source, int year, Money amount, UserId by, Instant at) {
        amounts.put(new Key(establishment, source, year), amount);
    }

    private FundingEnvelope envelope(Key key) {
        List<DossierSnapshot> drawing = dossiers.get().stream()
                .filter(dossier -> dossier.establishmentId().equals(key.establishment()))
                .filter(dossier -> FundingSource.of(dossier.scheme()) == key.source())
                .filter(dossier -> dossier.content().training().startDate() != null
                        && dossier.content().training().startDate().getYear() == key.year())
                .filter(dossier -> dossier.grantedAmount().isPresent())
                .toList();
        Money committed = Money.sum(drawing.stream().map(dossier -> dossier.grantedAmount().orElseThrow().minus(dossier.releasedAmount())).toList());
        Money invoiced = Money.sum(drawing.stream().map(dossier -> invoices.apply(dossier).invoiced()).toList());
        Money paid = Money.sum(drawing.stream().map(dossier -> invoices.apply(dossier).paid()).toList());
        return new FundingEnvelope(key.year(), key.source(), amounts.getOrDefault(key, Money.ZERO), committed, invoiced, paid);
    }
}
