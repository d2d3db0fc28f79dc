package fr.passerelle.domain.account;

import fr.passerelle.domain.shared.Labelled;

public enum UserAccountStatus implements Labelled {
    PENDING_VERIFICATION("en attente de vérification de l’e-mail"),
    PENDING_APPROVAL("en attente de validation"),
    ACTIVE("actif"),
    SUSPENDED("suspendu"),
    CLOSED("clôturé"),
    REJECTED("refusé");

    private final String label;

    UserAccountStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
