package fr.passerelle.domain.establishment;

import fr.passerelle.domain.shared.Labelled;

public enum BankAccountAction implements Labelled {
    VALIDATE("valider le compte bancaire"),
    REJECT("refuser le compte bancaire"),
    DEACTIVATE("désactiver le compte bancaire");

    private final String label;

    BankAccountAction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
