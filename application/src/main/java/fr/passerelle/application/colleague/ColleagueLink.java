package fr.passerelle.application.colleague;

import fr.passerelle.domain.account.Right;
import fr.passerelle.domain.shared.EstablishmentId;

import java.util.Objects;
import java.util.Set;

/** One establishment an account is linked to, named for people, with the rights the link carries. */
public record ColleagueLink(EstablishmentId establishmentId, String siret, String name, Set<Right> rights) {

    public ColleagueLink {
        Objects.requireNonNull(establishmentId, "establishmentId");
        Objects.requireNonNull(siret, "siret");
        Objects.requireNonNull(name, "name");
        rights = Set.copyOf(rights);
    }
}
