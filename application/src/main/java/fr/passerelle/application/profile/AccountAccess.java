package fr.passerelle.application.profile;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What Passerelle's records say a user may reach: their links and their preferred establishment, and where their
 * account stands (empty for a caller Passerelle keeps no account of, such as a partner system).
 */
public record AccountAccess(List<EstablishmentAccess> establishments, Optional<UUID> preferredEstablishmentId,
                            Optional<AccountStanding> standing) {

    public static final AccountAccess NONE = new AccountAccess(List.of(), Optional.empty(), Optional.empty());

    public AccountAccess {
        establishments = List.copyOf(establishments);
        preferredEstablishmentId = preferredEstablishmentId == null ? Optional.empty() : preferredEstablishmentId;
        standing = standing == null ? Optional.empty() : standing;
    }
}
