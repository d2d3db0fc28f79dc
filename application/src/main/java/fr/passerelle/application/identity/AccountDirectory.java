package fr.passerelle.application.identity;

import fr.passerelle.domain.shared.UserId;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Outbound port: Passerelle's user accounts, with the rights that link them to establishments. */
public interface AccountDirectory {

    /** The account of the identity provider's subject, if Passerelle knows it. */
    Optional<AccountRecord> bySubject(String subject);

    /** The display names of these users; users without an account are left out. */
    Map<UserId, String> displayNames(Set<UserId> users);
}
