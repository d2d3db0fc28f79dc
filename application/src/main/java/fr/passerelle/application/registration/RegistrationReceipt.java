package fr.passerelle.application.registration;

import fr.passerelle.domain.account.UserAccountStatus;
import fr.passerelle.domain.shared.Email;
import fr.passerelle.domain.shared.UserId;

import java.util.Objects;

/**
 * The account just created. {@code verificationEmailSent} is false when the identity provider created the user but
 * could not send the email: the newcomer gets it again by logging in, where the provider offers to resend it.
 */
public record RegistrationReceipt(UserId accountId, Email login, UserAccountStatus status, boolean verificationEmailSent) {

    public RegistrationReceipt {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(status, "status");
    }
}
