package fr.passerelle.domain.account;

import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.Siret;
import fr.passerelle.domain.shared.UserId;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who is acting, and with which rights. Built by the application layer from the authenticated user; every
 * transition takes one, so that the aggregates decide by themselves who may move them.
 */
public record Actor(UserId id, ActorKind kind, Map<EstablishmentId, Set<Right>> rights, Optional<Siret> trainingBody) {

    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Map<EstablishmentId, Set<Right>> copy = new HashMap<>();
        rights.forEach((establishment, granted) -> copy.put(establishment, Set.copyOf(granted)));
        rights = Map.copyOf(copy);
        Objects.requireNonNull(trainingBody, "trainingBody");
    }

    public static Actor employer(UserId id, Map<EstablishmentId, Set<Right>> rights) {
        return new Actor(id, ActorKind.EMPLOYER, rights, Optional.empty());
    }

    public static Actor staff(UserId id) {
        return new Actor(id, ActorKind.STAFF, Map.of(), Optional.empty());
    }

    public static Actor trainingBody(UserId id, Siret siret) {
        return new Actor(id, ActorKind.TRAINING_BODY, Map.of(), Optional.of(siret));
    }

    public static Actor partner(UserId id) {
        return new Actor(id, ActorKind.PARTNER, Map.of(), Optional.empty());
    }

    public static Actor system() {
        return new Actor(UserId.SYSTEM, ActorKind.SYSTEM, Map.of(), Optional.empty());
    }

    public boolean is(ActorKind expected) {
        return kind == expected;
    }

    /** An establishment's ADMIN holds every right on it. */
    public boolean hasRight(EstablishmentId establishment, Right right) {
        Set<Right> granted = rights.getOrDefault(establishment, Set.of());
        return kind == ActorKind.EMPLOYER && (granted.contains(right) || granted.contains(Right.ADMIN));
    }

    public boolean isAdminOf(EstablishmentId establishment) {
        return hasRight(establishment, Right.ADMIN);
    }

    public boolean speaksFor(Siret trainingBodySiret) {
        return kind == ActorKind.TRAINING_BODY && trainingBody.filter(trainingBodySiret::equals).isPresent();
    }
}
