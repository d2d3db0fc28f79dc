package fr.passerelle.application.establishment;

import fr.passerelle.domain.establishment.Establishment;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.Siret;

import java.util.Optional;

/** Outbound port: the member companies' establishments, as the OPCO's membership records know them. */
public interface Establishments {

    Optional<Establishment> find(EstablishmentId id);

    /** The establishment currently registered under this SIRET; a SIRET left after a move finds nothing. */
    Optional<Establishment> findBySiret(Siret siret);
}
