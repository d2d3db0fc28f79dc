package fr.passerelle.application.identity;

import fr.passerelle.domain.account.Right;
import fr.passerelle.domain.account.UserAccountStatus;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.UserId;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A user account as the authorization of use cases needs it: who it is in Passerelle, whether it may act, and its
 * rights per establishment.
 */
public record AccountRecord(UserId id, String displayName, UserAccountStatus status, Map<EstablishmentId, Set<Right>> rights) {

    public AccountRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(status, "status");
        rights = Map.copyOf(rights);
    }
}
