package fr.passerelle.application.registration;

import fr.passerelle.application.identity.Caller;
import fr.passerelle.application.identity.EmailAlreadyRegisteredException;
import fr.passerelle.application.shared.IdentityProviderUnavailableException;

/** Inbound port: a newcomer creates their own account, then proves the email is theirs. */
public interface Registration {

    /**
     * Creates the account in the identity provider, which sends the verification email, and in Passerelle, waiting
     * for that verification. Either both sides are created or neither is.
     *
     * @throws RegistrationInvalidException with every field problem at once
     * @throws EmailAlreadyRegisteredException when an account already logs in with this email
     * @throws IdentityProviderUnavailableException when the identity provider cannot create the user now
     */
    RegistrationReceipt register(Register command);

    /**
     * The identity provider vouches that the caller verified their email: an account still waiting for that
     * verification moves on, to staff's approval or, if its establishments know the email, to active. Any other
     * account is left as it is, so the call may be repeated freely.
     */
    void acknowledgeVerifiedEmail(Caller caller);
}
