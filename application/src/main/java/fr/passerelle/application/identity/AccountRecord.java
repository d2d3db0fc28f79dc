package fr.passerelle.application.identity;

import fr.passerelle.domain.account.Right;
import fr.passerelle.domain.account.UserAccountStatus;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.Siret;
import fr.passerelle.domain.shared.UserId;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A user account as the authorization of use cases needs it: who it is in Passerelle, whether it may act, its
 * rights per establishment, and for a training-body account the training body it speaks for (its SIRET).
 */
public record AccountRecord(UserId id, String displayName, UserAccountStatus status, Map<EstablishmentId, Set<Right>> rights,
                            Optional<Siret> trainingBody) {

    public AccountRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(status, "status");
        rights = Map.copyOf(rights);
        Objects.requireNonNull(trainingBody, "trainingBody");
    }

    /** An account that speaks for no training body. */
    public AccountRecord(UserId id, String displayName, UserAccountStatus status, Map<EstablishmentId, Set<Right>> rights) {
        this(id, displayName, status, rights, Optional.empty());
    }
}
