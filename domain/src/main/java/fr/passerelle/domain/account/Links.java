package fr.passerelle.domain.account;

import fr.passerelle.domain.shared.EstablishmentId;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Immutable copies of "establishment → rights" maps, leaving out establishments with no right. */
final class Links {

    private Links() {
    }

    static Map<EstablishmentId, Set<Right>> copyOf(Map<EstablishmentId, Set<Right>> links) {
        Map<EstablishmentId, Set<Right>> copy = new HashMap<>();
        links.forEach((establishment, rights) -> {
            if (!rights.isEmpty()) {
                copy.put(establishment, Set.copyOf(EnumSet.copyOf(rights)));
            }
        });
        return Map.copyOf(copy);
    }
}
