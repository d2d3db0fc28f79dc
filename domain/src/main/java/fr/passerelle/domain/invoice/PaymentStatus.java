package fr.passerelle.domain.invoice;

import fr.passerelle.domain.shared.Labelled;

public enum PaymentStatus implements Labelled {
    ORDERED("ordonné"),
    EXECUTED("exécuté");

    private final String label;

    PaymentStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
