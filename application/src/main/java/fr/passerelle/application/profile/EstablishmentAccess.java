package fr.passerelle.application.profile;

import fr.passerelle.domain.account.Right;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** One establishment a user is linked to, with the rights the link carries. */
public record EstablishmentAccess(UUID establishmentId, String siret, String name, boolean closed, Set<Right> rights) {

    public EstablishmentAccess {
        Objects.requireNonNull(establishmentId, "establishmentId");
        Objects.requireNonNull(siret, "siret");
        Objects.requireNonNull(name, "name");
        rights = Set.copyOf(rights);
    }
}
