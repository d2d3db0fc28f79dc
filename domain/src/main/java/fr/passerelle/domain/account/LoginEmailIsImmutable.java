package fr.passerelle.domain.account;

import fr.passerelle.domain.shared.DomainException;
import fr.passerelle.domain.shared.Email;

/**
 * The login is the e-mail given when the account was created. Dossiers, invoices and the audit trail point to the
 * person behind it, so it never changes; people change their contact e-mail instead. The identity provider may well
 * report another address: this policy refuses to take it as the login.
 */
public final class LoginEmailIsImmutable {

    private LoginEmailIsImmutable() {
    }

    public static void check(UserAccount account, Email claimedLogin) {
        if (!account.login().equals(claimedLogin)) {
            throw new DomainException("LOGIN_EMAIL_IMMUTABLE",
                    "L’identifiant de connexion (" + account.login() + ") ne peut pas être modifié ; changez plutôt l’e-mail de contact.");
        }
    }
}
