package fr.passerelle.application.dossier;

import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.Siret;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which dossiers a list may return: decided by the application, applied by the store.
 *
 * @param everyEstablishment staff: every establishment, drafts excepted
 * @param readable           establishments whose submitted dossiers the caller may read
 * @param withDrafts         establishments whose drafts the caller may read too (they manage their dossiers)
 * @param trainingBody       the training body whose subrogated dossiers the caller may read, drafts excepted
 */
public record DossierScope(boolean everyEstablishment, Set<EstablishmentId> readable, Set<EstablishmentId> withDrafts,
                           Optional<Siret> trainingBody) {

    public static final DossierScope STAFF = new DossierScope(true, Set.of(), Set.of(), Optional.empty());

    public DossierScope {
        readable = Set.copyOf(readable);
        withDrafts = Set.copyOf(withDrafts);
        Objects.requireNonNull(trainingBody, "trainingBody");
    }

    /** An employer's scope. */
    public DossierScope(boolean everyEstablishment, Set<EstablishmentId> readable, Set<EstablishmentId> withDrafts) {
        this(everyEstablishment, readable, withDrafts, Optional.empty());
    }

    public static DossierScope ofTrainingBody(Siret siret) {
        return new DossierScope(false, Set.of(), Set.of(), Optional.of(siret));
    }

    public boolean isEmpty() {
        return !everyEstablishment && readable.isEmpty() && withDrafts.isEmpty() && trainingBody.isEmpty();
    }
}
