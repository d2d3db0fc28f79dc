package fr.passerelle.application.identity;

import fr.passerelle.application.shared.IdentityProviderUnavailableException;
import fr.passerelle.domain.shared.Email;
import fr.passerelle.domain.shared.PersonName;

import java.util.Objects;

/**
 * Outbound port: the users of the identity provider (Keycloak), who log in and carry the realm roles.
 *
 * <p>A user is identified by its subject, the {@code sub} of its tokens, which Passerelle keeps as the account's
 * subject. Suspending or closing an account only disables its user, so that its history keeps a valid subject;
 * a user is deleted only to undo a creation whose Passerelle side failed.
 *
 * <p>Every method throws {@link IdentityProviderUnavailableException} when the provider cannot be reached or fails.
 */
public interface IdentityProvider {

    /**
     * Creates the user of a self-registration: enabled, with the chosen password, the email not yet verified, and
     * asks the provider to send the verification email.
     *
     * @throws EmailAlreadyRegisteredException if the provider already has a user with this email
     */
    CreatedIdentity register(NewIdentity identity, Password password);

    /**
     * Creates the user invited by a company admin or staff: no password; the user sets one and verifies the email
     * through the link of the email the provider is asked to send.
     *
     * @throws EmailAlreadyRegisteredException if the provider already has a user with this email
     */
    CreatedIdentity invite(NewIdentity identity);

    /** The user can no longer log in (suspended or closed account); its sessions end at their next refresh. */
    void disable(String subject);

    /** The user can log in again (a suspended account reactivated). */
    void enable(String subject);

    /**
     * Deletes a user created by {@link #register} or {@link #invite} whose Passerelle account could not be saved.
     * A user that is already gone is not an error, so that undoing twice is harmless.
     */
    void deleteAfterFailedCreation(String subject);

    /**
     * Who to create. The email is the login identifier (already trimmed and lower-cased by {@link Email}); the role
     * is the realm role the user gets, which decides which side of Passerelle they use.
     */
    record NewIdentity(Email email, PersonName name, Role role) {

        public NewIdentity {
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(role, "role");
            if (role != Role.EMPLOYER && role != Role.TRAINING_BODY) {
                throw new IllegalArgumentException("Only employers and training bodies are created through Passerelle, not " + role);
            }
        }
    }

    /** A password chosen by the user; never printed, so that it cannot end up in a log. */
    record Password(String value) {

        public Password {
            if (value == null || value.isEmpty()) {
                throw new IllegalArgumentException("A password is required");
            }
        }

        @Override
        public String toString() {
            return "Password[******]";
        }
    }

    /**
     * The created user. {@code emailSent} is false when the provider created the user but could not send its
     * email (no mail server, mail server down): the account exists and works once the email is verified, so the
     * creation stands, and the caller tells the user to ask for the email again later instead of failing.
     */
    record CreatedIdentity(String subject, boolean emailSent) {

        public CreatedIdentity {
            if (subject == null || subject.isBlank()) {
                throw new IllegalArgumentException("A created identity has a subject");
            }
        }
    }
}
