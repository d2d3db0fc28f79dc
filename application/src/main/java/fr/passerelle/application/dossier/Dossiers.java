package fr.passerelle.application.dossier;

import fr.passerelle.application.shared.ConcurrentUpdateException;
import fr.passerelle.application.shared.MalformedInputException;
import fr.passerelle.domain.dossier.DossierNumber;
import fr.passerelle.domain.dossier.DossierSnapshot;

import java.time.Instant;
import java.util.Optional;

/** Outbound port: every dossier, with optimistic versions and keyset-paginated lists. */
public interface Dossiers {

    Optional<StoredDossier> find(DossierNumber number);

    /** Stores a new dossier at version 0. */
    StoredDossier add(DossierSnapshot dossier);

    /**
     * Stores the dossier's new state, provided it is still at {@code expectedVersion}.
     *
     * @throws ConcurrentUpdateException when another command changed it meanwhile
     */
    StoredDossier update(DossierSnapshot dossier, long expectedVersion, Instant at);

    /**
     * The dossiers of the scope that match the search, by last change, most recent first.
     *
     * @throws MalformedInputException when the cursor was not given by this store
     */
    DossierPage search(DossierSearch search, DossierScope scope);

    /** Submitted dossiers, the longest waiting first. */
    DossierPage submittedQueue(PageRequest page);
}
