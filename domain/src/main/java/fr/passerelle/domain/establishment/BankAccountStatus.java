package fr.passerelle.domain.establishment;

import fr.passerelle.domain.shared.Labelled;

public enum BankAccountStatus implements Labelled {
    PENDING_VALIDATION("en attente de validation"),
    ACTIVE("actif"),
    DEACTIVATED("désactivé"),
    REJECTED("refusé");

    private final String label;

    BankAccountStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
