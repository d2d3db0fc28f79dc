package fr.passerelle.domain.account;

import fr.passerelle.domain.shared.Labelled;

public enum UserAccountAction implements Labelled {
    VERIFY_EMAIL("vérifier l’e-mail"),
    APPROVE("valider le compte"),
    REJECT("refuser le compte"),
    SUSPEND("suspendre le compte"),
    REACTIVATE("réactiver le compte"),
    CLOSE("clôturer le compte"),
    CHANGE_CONTACT_EMAIL("changer l’e-mail de contact"),
    CHOOSE_PREFERRED_ESTABLISHMENT("choisir l’établissement préféré"),
    CONFIRM_PASSWORD_SET("définir le mot de passe"),
    CHANGE_RIGHTS("modifier les habilitations"),
    CHANGE_PHONE("changer le téléphone"),
    GIVE_UP_ADMIN("renoncer au droit ADMIN");

    private final String label;

    UserAccountAction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
