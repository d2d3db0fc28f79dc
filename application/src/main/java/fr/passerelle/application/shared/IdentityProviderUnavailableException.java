package fr.passerelle.application.shared;

/**
 * The identity provider could not be reached or failed (refused connection, timeout, server error, refused
 * credentials of Passerelle's own service account). Nothing the user did is wrong: they may try again later.
 * The adapter that throws it has already undone what it had started, so no half-created account is left behind.
 * The message is for the user; {@link #reason()} and the cause are for the logs.
 */
public class IdentityProviderUnavailableException extends RuntimeException {

    private final String reason;

    public IdentityProviderUnavailableException(String reason, Throwable cause) {
        super("Le service d’authentification est momentanément indisponible. Réessayez dans quelques minutes.",
                cause);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
