package fr.passerelle.domain.dossier;

import fr.passerelle.domain.shared.DomainException;
import fr.passerelle.domain.shared.Money;

/** The OPCO grants at most what was asked for, and never more than what the company's funding envelope has left to commit. */
public final class GrantWithinLimits {

    private GrantWithinLimits() {
    }

    public static void check(Money granted, Money requested, Money availableFunds) {
        if (!granted.isPositive()) {
            throw new DomainException("GRANT_NOT_POSITIVE", "Le montant accordé doit être supérieur à zéro ; pour ne rien accorder, refusez le dossier.");
        }
        if (granted.isGreaterThan(requested)) {
            throw new DomainException("GRANT_EXCEEDS_REQUEST",
                    "Le montant accordé (" + granted.display() + ") dépasse le montant demandé (" + requested.display() + ").");
        }
        if (granted.isGreaterThan(availableFunds)) {
            throw new DomainException("GRANT_EXCEEDS_AVAILABLE_FUNDS",
                    "Le montant accordé (" + granted.display() + ") dépasse le disponible pour engagement de l’enveloppe de financement de l’entreprise : "
                            + availableFunds.display() + ".");
        }
    }
}
