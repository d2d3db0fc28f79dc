package fr.passerelle.application.establishment;

import fr.passerelle.application.dossier.PageRequest;
import fr.passerelle.application.shared.MalformedInputException;
import fr.passerelle.application.shared.Page;
import fr.passerelle.domain.shared.EstablishmentId;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Outbound port: the lists of establishments and of what waits for staff on them, keyset-paginated.
 *
 * @throws MalformedInputException from every method when the cursor was not given by this index
 */
public interface EstablishmentIndex {

    /**
     * Establishments by name, then id; each word must be found in the name (case and accents aside) or the SIRET.
     *
     * @param among only these establishments, or all of them when empty
     */
    Page<EstablishmentSummary> search(Optional<Set<EstablishmentId>> among, List<String> words, PageRequest page);

    /** Pending change requests, the longest waiting first, with the name of who asked. */
    Page<PendingChange> pendingChanges(PageRequest page);

    /** Bank accounts waiting for validation, the longest waiting first. */
    Page<PendingBankAccount> pendingBankAccounts(PageRequest page);
}
