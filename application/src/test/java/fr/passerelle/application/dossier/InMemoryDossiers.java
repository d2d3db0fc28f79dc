package fr.passerelle.application.dossier;

import fr.passerelle.application.shared.ConcurrentUpdateException;
import fr.passerelle.application.shared.MalformedInputException;
import fr.passerelle.domain.dossier.DossierNumber;
import fr.passerelle.domain.dossier.DossierSnapshot;
import fr.passerelle.domain.dossier.DossierStatus;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** The dossier store of the tests: versions checked like the real one, lists filtered by scope and search. */
public final class InMemoryDossiers implements Dossiers {

    private final Map<DossierNumber, StoredDossier> byNumber = new LinkedHashMap<>();

    /** Every dossier stored, as the in-memory funding accounts add up their grants. */
    public List<StoredDossier> all() {
        return List.copyOf(byNumber.values());
    }

    @Override
    public Optional<StoredDossier> find(DossierNumber number) {
        return Optional.ofNullable(byNumber.get(number));
    }

    @Override
    public StoredDossier add(DossierSnapshot dossier) {
        StoredDossier stored = new StoredDossier(dossier, 0, dossier.createdAt());
        byNumber.put(dossier.number(), stored);
        return stored;
    }

    @Override
    public StoredDossier update(DossierSnapshot dossier, long expectedVersion, Instant at) {
        StoredDossier current = byNumber.get(dossier.number());
        if (current.version() != expectedVersion) {
            throw new ConcurrentUpdateException();
        }
        StoredDossier stored = new StoredDossier(dossier, expectedVersion + 1, at);
        byNumber.put(dossier.number(), stored);
        return stored;
    }

    /** Another command changed the dossier behind the back of the one running. */
    void bumpVersion(DossierNumber number) {
        StoredDossier current = byNumber.get(number);
        byNumber.put(number, new StoredDossier(current.snapshot(), current.version() + 1, current.updatedAt()));
    }

    int size() {
        return byNumber.size();
    }

    @Override
    public DossierPage search(DossierSearch search, DossierScope scope) {
        if (search.page().cursor().isPresent()) {
            throw new MalformedInputException("The fake store pages nothing");
        }
        Predicate<DossierSnapshot> inScope = dossier -> dossier.status() != DossierStatus.DELETED
                && (scope.withDrafts().contains(dossier.establishmentId())
                || dossier.status() != DossierStatus.DRAFT
                && (scope.everyEstablishment() || scope.readable().contains(dossier.establishmentId())
                || dossier.content().isSubrogated() && scope.trainingBody().isPresent()
                && scope.trainingBody().get().equals(dossier.content().trainingBody().siret())));
        Predicate<DossierSnapshot> matches = dossier -> search.status().map(dossier.status()::equals).orElse(true)
                && search.scheme().map(dossier.scheme()::equals).orElse(true)
                && search.establishmentId().map(dossier.establishmentId()::equals).orElse(true)
                && search.number().map(dossier.number()::equals).orElse(true);
        return page(byNumber.values().stream()
                .filter(stored -> inScope.and(matches).test(stored.snapshot()))
                .sorted(Comparator.comparing(StoredDossier::updatedAt).reversed()), search.page());
    }

    @Override
    public DossierPage submittedQueue(PageRequest page) {
        return page(byNumber.values().stream()
                .filter(stored -> stored.snapshot().status() == DossierStatus.SUBMITTED)
                .sorted(Comparator.comparing(StoredDossier::updatedAt)), page);
    }

    private static DossierPage page(Stream<StoredDossier> sorted, PageRequest page) {
        List<DossierSummary> items = sorted.limit(page.limit()).map(InMemoryDossiers::summary).toList();
        return new DossierPage(items, Optional.empty());
    }

    private static DossierSummary summary(StoredDossier stored) {
        DossierSnapshot dossier = stored.snapshot();
        return new DossierSummary(dossier.number(), dossier.establishmentId(), dossier.scheme(), dossier.status(),
                Optional.ofNullable(dossier.content().training().title()),
                Optional.ofNullable(dossier.content().training().startDate()),
                Optional.ofNullable(dossier.content().amountRequested()), stored.updatedAt(), 0);
    }
}
