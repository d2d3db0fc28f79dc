package fr.passerelle.domain.invoice;

import fr.passerelle.domain.shared.Labelled;

public enum PaymentAction implements Labelled {
    EXECUTE("confirmer l’exécution du paiement");

    private final String label;

    PaymentAction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
