package fr.passerelle.domain.establishment;

import fr.passerelle.domain.shared.Labelled;

public enum EstablishmentStatus implements Labelled {
    ACTIVE("actif"),
    CHANGE_PENDING("en attente de validation d’une modification"),
    CLOSED("fermé");

    private final String label;

    EstablishmentStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
