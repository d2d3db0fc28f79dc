package fr.passerelle.application.establishment;

import fr.passerelle.domain.shared.DomainException;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.Siret;

import java.util.Objects;

/**
 * A SIRET after a move must not be another establishment's: checked when the change is asked for, and again when
 * staff apply it, since another establishment may have been registered under it meanwhile.
 */
final class SiretMoves {

    private final Establishments establishments;

    SiretMoves(Establishments establishments) {
        this.establishments = Objects.requireNonNull(establishments);
    }

    void requireFree(Siret siret, EstablishmentId movingEstablishment) {
        establishments.findBySiret(siret)
                .filter(holder -> !holder.id().equals(movingEstablishment))
                .ifPresent(holder -> {
                    throw new DomainException("SIRET_ALREADY_REGISTERED", "Le SIRET « " + siret
                            + " » est déjà celui d’un autre établissement adhérent : vérifiez le numéro saisi.");
                });
    }
}
