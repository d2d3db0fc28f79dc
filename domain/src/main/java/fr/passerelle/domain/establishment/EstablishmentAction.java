package fr.passerelle.domain.establishment;

import fr.passerelle.domain.shared.Labelled;

public enum EstablishmentAction implements Labelled {
    REQUEST_CHANGE("demander une modification"),
    APPROVE_CHANGE("accepter la modification"),
    REJECT_CHANGE("refuser la modification"),
    CLOSE("fermer l’établissement"),
    REOPEN("rouvrir l’établissement"),
    ADD_BANK_ACCOUNT("ajouter un compte bancaire"),
    VALIDATE_BANK_ACCOUNT("valider un compte bancaire"),
    REJECT_BANK_ACCOUNT("refuser un compte bancaire"),
    DEACTIVATE_BANK_ACCOUNT("désactiver un compte bancaire");

    private final String label;

    EstablishmentAction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
