package fr.passerelle.application.profile;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What Passerelle's records say a user may reach: their links and their preferred establishment. */
public record AccountAccess(List<EstablishmentAccess> establishments, Optional<UUID> preferredEstablishmentId) {

    public static final AccountAccess NONE = new AccountAccess(List.of(), Optional.empty());

    public AccountAccess {
        establishments = List.copyOf(establishments);
        preferredEstablishmentId = preferredEstablishmentId == null ? Optional.empty() : preferredEstablishmentId;
    }
}
