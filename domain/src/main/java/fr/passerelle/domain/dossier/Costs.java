package fr.passerelle.domain.dossier;

import fr.passerelle.domain.shared.Money;

/** What the training costs the company, as typed so far. */
public record Costs(Money teaching, Money related, Money salaries) {

    public static final Costs EMPTY = new Costs(null, null, null);
}
