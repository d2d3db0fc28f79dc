package fr.passerelle.application.profile;

import java.util.Optional;

/** Outbound port: the user accounts Passerelle keeps, looked up by the identity provider's subject. */
public interface UserAccounts {

    Optional<AccountAccess> accessOf(String subject);
}
