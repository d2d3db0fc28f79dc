package fr.passerelle.application.identity;

import fr.passerelle.domain.shared.Email;

/**
 * The identity provider already has a user with this login email.
 *
 * <p>An exception rather than a result type: no caller can go on with the creation once the email is taken, and
 * the REST layer maps it once, like the other refusals, to a 409 with this message, which says what to do.
 */
public class EmailAlreadyRegisteredException extends RuntimeException {

    private final Email email;

    public EmailAlreadyRegisteredException(Email email) {
        super("Un compte existe déjà pour l’adresse " + email + ". Connectez-vous avec cette adresse, ou choisissez "
                + "« Mot de passe oublié » sur la page de connexion si vous ne vous en souvenez plus.");
        this.email = email;
    }

    public Email email() {
        return email;
    }
}
