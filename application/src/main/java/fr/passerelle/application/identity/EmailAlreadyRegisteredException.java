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
        this(email, "Un compte existe déjà pour l’adresse " + email + ". Connectez-vous avec cette adresse, ou choisissez "
                + "« Mot de passe oublié » sur la page de connexion si vous ne vous en souvenez plus.");
    }

    private EmailAlreadyRegisteredException(Email email, String message) {
        super(message);
        this.email = email;
    }

    /** The same refusal, worded for an administrator who invites a colleague rather than for the owner of the address. */
    public static EmailAlreadyRegisteredException ofColleague(Email email) {
        return new EmailAlreadyRegisteredException(email, "Un compte Passerelle existe déjà pour l’adresse " + email
                + " : cette personne peut déjà se connecter. Pour lui donner accès à vos établissements, demandez-lui de "
                + "faire une demande de rattachement depuis son compte, ou invitez-la avec une autre adresse.");
    }

    /**
     * The same refusal, worded for staff inviting a training body's user: an existing account cannot be turned into a
     * training body's, since its realm role and its links say what it is.
     */
    public static EmailAlreadyRegisteredException ofTrainingBodyUser(Email email) {
        return new EmailAlreadyRegisteredException(email, "Un compte Passerelle existe déjà pour l’adresse " + email
                + " : il ne peut pas devenir celui d’un organisme de formation. Invitez cette personne avec une autre adresse.");
    }

    public Email email() {
        return email;
    }
}
