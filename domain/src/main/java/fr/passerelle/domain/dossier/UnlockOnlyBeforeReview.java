package fr.passerelle.domain.dossier;

import fr.passerelle.domain.shared.DomainException;

/**
 * The employer may take a submitted dossier back to draft only until staff start reviewing it; after that, changes
 * go through a modification request, so that staff never review a moving target.
 */
public final class UnlockOnlyBeforeReview {

    private UnlockOnlyBeforeReview() {
    }

    public static void check(DossierStatus status) {
        if (status.reviewStarted()) {
            throw new DomainException("DOSSIER_ALREADY_IN_REVIEW",
                    "Le dossier a été pris en instruction : il ne peut plus être déverrouillé. Faites une demande de modification.");
        }
    }
}
