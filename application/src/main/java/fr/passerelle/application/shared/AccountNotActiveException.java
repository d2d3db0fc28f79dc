package fr.passerelle.application.shared;

import fr.passerelle.domain.account.UserAccountStatus;

/**
 * The caller's account exists but may not act yet, or any more. The message tells them why and what comes next;
 * their own account status stays readable so that the screen can say it too.
 */
public class AccountNotActiveException extends RuntimeException {

    private final UserAccountStatus status;

    public AccountNotActiveException(UserAccountStatus status) {
        super(messageFor(status));
        this.status = status;
    }

    public UserAccountStatus status() {
        return status;
    }

    private static String messageFor(UserAccountStatus status) {
        return switch (status) {
            case PENDING_VERIFICATION -> "Votre compte n’est pas encore actif : confirmez votre adresse e-mail avec le lien "
                    + "que nous vous avons envoyé.";
            case PENDING_APPROVAL -> "Votre compte n’est pas encore actif : un conseiller de l’OPCO doit le valider. "
                    + "Vous recevrez un e-mail dès qu’il le sera.";
            case SUSPENDED -> "Votre compte est suspendu. Adressez-vous à l’administrateur de votre entreprise pour le réactiver.";
            case CLOSED -> "Votre compte est fermé. Adressez-vous à l’administrateur de votre entreprise si vous avez "
                    + "encore besoin d’un accès.";
            case REJECTED -> "Votre demande de compte a été refusée. Le motif figure sur la page de votre compte.";
            case ACTIVE -> throw new IllegalArgumentException("An active account is not refused");
        };
    }
}
