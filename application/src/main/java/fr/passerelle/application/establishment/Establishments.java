package fr.passerelle.application.establishment;

import fr.passerelle.application.shared.ConcurrentUpdateException;
import fr.passerelle.domain.establishment.Establishment;
import fr.passerelle.domain.establishment.EstablishmentSnapshot;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.Siret;

import java.util.Optional;

/**
 * Outbound port: the member companies' establishments, as the OPCO's membership records know them, with their change
 * requests, bank accounts and history.
 */
public interface Establishments {

    Optional<Establishment> find(EstablishmentId id);

    /** The establishment currently registered under this SIRET; a SIRET left after a move finds nothing. */
    Optional<Establishment> findBySiret(Siret siret);

    /** The establishment with the version a command must still find when it stores its change. */
    Optional<StoredEstablishment> findStored(EstablishmentId id);

    /**
     * Stores the establishment's new state (identity, status, change requests, bank accounts, history), provided it is
     * still at {@code expectedVersion}.
     *
     * @throws ConcurrentUpdateException when another command changed it meanwhile
     */
    StoredEstablishment update(EstablishmentSnapshot establishment, long expectedVersion);
}
