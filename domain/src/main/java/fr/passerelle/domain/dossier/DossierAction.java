package fr.passerelle.domain.dossier;

import fr.passerelle.domain.shared.Labelled;

public enum DossierAction implements Labelled {
    SAVE_DRAFT("enregistrer le brouillon"),
    DELETE_DRAFT("supprimer le brouillon"),
    SUBMIT("déposer le dossier"),
    UNLOCK("déverrouiller le dossier"),
    CANCEL("annuler le dossier"),
    TAKE_INTO_REVIEW("prendre en instruction"),
    REQUEST_DOCUMENTS("demander des pièces"),
    HAND_BACK_DOCUMENTS("renvoyer le dossier après dépôt des pièces"),
    REQUEST_MODIFICATION("demander une modification"),
    REQUEST_CANCELLATION("demander l’annulation"),
    ACCEPT_MODIFICATION("accepter la demande de modification"),
    ACCEPT_CANCELLATION("accepter la demande d’annulation"),
    DECLINE_REQUEST("refuser la demande de l’employeur"),
    GRANT("accorder le financement"),
    REFUSE("refuser le financement"),
    TERMINATE("déclarer une rupture"),
    CLOSE_BALANCE("solder le dossier"),
    ATTACH_DOCUMENT("joindre une pièce"),
    REMOVE_DOCUMENT("retirer une pièce");

    private final String label;

    DossierAction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
