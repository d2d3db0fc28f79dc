package fr.passerelle.domain.account;

import fr.passerelle.domain.shared.Labelled;

public enum LinkRequestStatus implements Labelled {
    PENDING("en attente"),
    APPROVED("acceptée"),
    REJECTED("refusée");

    private final String label;

    LinkRequestStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
