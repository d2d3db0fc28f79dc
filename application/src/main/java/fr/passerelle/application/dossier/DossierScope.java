package fr.passerelle.application.dossier;

import fr.passerelle.domain.shared.EstablishmentId;

import java.util.Set;

/**
 * Which dossiers a list may return: decided by the application, applied by the store.
 *
 * @param everyEstablishment staff: every establishment, drafts excepted
 * @param readable           establishments whose submitted dossiers the caller may read
 * @param withDrafts         establishments whose drafts the caller may read too (they manage their dossiers)
 */
public record DossierScope(boolean everyEstablishment, Set<EstablishmentId> readable, Set<EstablishmentId> withDrafts) {

    public static final DossierScope STAFF = new DossierScope(true, Set.of(), Set.of());

    public DossierScope {
        readable = Set.copyOf(readable);
        withDrafts = Set.copyOf(withDrafts);
    }

    public boolean isEmpty() {
        return !everyEstablishment && readable.isEmpty() && withDrafts.isEmpty();
    }
}
