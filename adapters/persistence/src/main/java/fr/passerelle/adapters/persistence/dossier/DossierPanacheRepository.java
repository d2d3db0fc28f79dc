package fr.passerelle.adapters.persistence.dossier;

import fr.passerelle.adapters.persistence.shared.SearchWords;
import fr.passerelle.adapters.persistence.shared.KeysetCursor;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.passerelle.adapters.persistence.shared.HistoryTable;
import fr.passerelle.adapters.persistence.shared.SqlValues;
import fr.passerelle.application.dossier.DossierPage;
import fr.passerelle.application.dossier.DossierScope;
import fr.passerelle.application.dossier.DossierSearch;
import fr.passerelle.application.dossier.DossierSummary;
import fr.passerelle.application.dossier.Dossiers;
import fr.passerelle.application.dossier.PageRequest;
import fr.passerelle.application.dossier.StoredDossier;
import fr.passerelle.application.shared.ConcurrentUpdateException;
import fr.passerelle.domain.dossier.DossierAction;
import fr.passerelle.domain.dossier.DossierContent;
import fr.passerelle.domain.dossier.DossierId;
import fr.passerelle.domain.dossier.DossierNumber;
import fr.passerelle.domain.dossier.DossierSnapshot;
import fr.passerelle.domain.dossier.DossierStatus;
import fr.passerelle.domain.dossier.FundingScheme;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.HistoryEntry;
import fr.passerelle.domain.shared.Money;
import fr.passerelle.domain.shared.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.TypedQuery;
import org.hibernate.StaleStateException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Dossiers in PostgreSQL: one row per dossier (the content as JSONB) and its history in {@code dossier_history}.
 * Optimistic locking is the entity's {@code version}; lists are keyset-paginated, never with OFFSET.
 */
@ApplicationScoped
class DossierPanacheRepository implements Dossiers {

    private static final HistoryTable<DossierStatus, DossierAction> HISTORY =
            new HistoryTable<>("dossier_history", "dossier_id", DossierStatus.class, DossierAction.class);

    private final EntityManager entityManager;
    private final DossierJson json;

    DossierPanacheRepository(EntityManager entityManager, ObjectMapper mapper) {
        this.entityManager = entityManager;
        this.json = new DossierJson(mapper);
    }

    /**
     * One statement, the history included: the most frequent read of the API (a dossier's page) costs one round trip
     * and sees one state of the dossier even outside a transaction.
     */
    @Override
    public Optional<StoredDossier> find(DossierNumber number) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT d.id, d.number, d.establishment_id, d.scheme, d.status, d.content::text, d.documents::text,
                               d.document_request::text, d.pending_request::text, d.granted_amount, d.released_amount,
                               d.refusal_reason, d.termination::text, d.created_by, d.created_at, d.updated_at, d.version,
                        """ + HISTORY.jsonColumn("d.id") + " FROM dossier d WHERE d.number = :number", Object[].class)
                .setParameter("number", number.value())
                .getResultList();
        return rows.stream().findFirst().map(this::toStored);
    }

    @Override
    public StoredDossier add(DossierSnapshot dossier) {
        DossierEntity entity = new DossierEntity();
        entity.id = dossier.id().value();
        entity.number = dossier.number().value();
        entity.establishmentId = dossier.establishmentId().value();
        entity.scheme = dossier.scheme().name();
        entity.createdBy = dossier.createdBy().value();
        entity.createdAt = dossier.createdAt();
        copyState(dossier, entity, dossier.createdAt());
        entityManager.persist(entity);
        entityManager.flush();
        HISTORY.append(entityManager, dossier.id().value(), dossier.history(), 0);
        return new StoredDossier(dossier, entity.version, entity.updatedAt);
    }

    @Override
    public StoredDossier update(DossierSnapshot dossier, long expectedVersion, Instant at) {
        DossierEntity entity = entityManager.find(DossierEntity.class, dossier.id().value());
        if (entity == null || entity.version != expectedVersion) {
            throw new ConcurrentUpdateException();
        }
        int storedHistory = HISTORY.size(entityManager, entity.id);
        copyState(dossier, entity, at);
        try {
            entityManager.flush();
        } catch (OptimisticLockException | StaleStateException concurrent) {
            throw new ConcurrentUpdateException();
        }
        HISTORY.append(entityManager, dossier.id().value(), dossier.history(), storedHistory);
        return new StoredDossier(dossier, entity.version, entity.updatedAt);
    }

    private void copyState(DossierSnapshot dossier, DossierEntity entity, Instant at) {
        DossierContent content = dossier.content();
        entity.status = dossier.status().name();
        entity.title = content.training().title();
        entity.trainingStartDate = content.training().startDate();
        entity.trainingStartYear = content.training().startDate() == null ? null : content.training().startDate().getYear();
        entity.amountRequested = DossierJson.amount(content.amountRequested());
        entity.content = json.content(content);
        entity.documents = json.documents(dossier.documents());
        entity.documentRequest = json.documentRequest(dossier.documentRequest());
        entity.pendingRequest = json.pendingRequest(dossier.pendingRequest());
        entity.grantedAmount = dossier.grantedAmount().map(Money::amount).orElse(null);
        entity.releasedAmount = dossier.releasedAmount().amount();
        entity.refusalReason = dossier.refusalReason().orElse(null);
        entity.termination = json.termination(dossier.termination());
        entity.updatedAt = at;
        entity.statusSince = dossier.history().stream()
                .filter(entry -> entry.from() != entry.to())
                .reduce((first, second) -> second)
                .map(HistoryEntry::at)
                .orElse(dossier.createdAt());
    }

    private StoredDossier toStored(Object[] row) {
        DossierSnapshot snapshot = new DossierSnapshot(
                new DossierId((UUID) row[0]),
                DossierNumber.of((String) row[1]),
                new EstablishmentId((UUID) row[2]),
                FundingScheme.valueOf((String) row[3]),
                DossierStatus.valueOf((String) row[4]),
                json.content((String) row[5]),
                json.documents((String) row[6]),
                json.documentRequest((String) row[7]),
                json.pendingRequest((String) row[8]),
                Optional.ofNullable((BigDecimal) row[9]).map(Money::new),
                new Money((BigDecimal) row[10]),
                Optional.ofNullable((String) row[11]),
                json.termination((String) row[12]),
                new UserId((UUID) row[13]),
                SqlValues.instant(row[14]),
                HISTORY.fromJsonColumn(row[17]));
        return new StoredDossier(snapshot, ((Number) row[16]).longValue(), SqlValues.instant(row[15]));
    }

    @Override
    public DossierPage search(DossierSearch search, DossierScope scope) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        where.add("d.status <> 'DELETED'");
        where.add(scopeClause(scope, parameters));
        search.establishmentId().ifPresent(id -> {
            where.add("d.establishmentId = :establishment");
            parameters.put("establishment", id.value());
        });
        search.number().ifPresent(number -> {
            where.add("d.number = :number");
            parameters.put("number", number.value());
        });
        search.status().ifPresent(status -> {
            where.add("d.status = :status");
            parameters.put("status", status.name());
        });
        search.scheme().ifPresent(scheme -> {
            where.add("d.scheme = :scheme");
            parameters.put("scheme", scheme.name());
        });
        search.startYear().ifPresent(year -> {
            where.add("d.trainingStartYear = :year");
            parameters.put("year", year);
        });
        for (int i = 0; i < search.titleWords().size(); i++) {
            where.add("cast(function('passerelle_fold', d.title) as String) like cast(function('passerelle_fold', :word" + i + ") as String) escape '\\'");
            parameters.put("word" + i, SearchWords.containing(search.titleWords().get(i)));
        }
        search.updatedSince().ifPresent(since -> {
            where.add("d.updatedAt >= :since");
            parameters.put("since", since);
        });
        search.page().cursor().map(KeysetCursor::decode).ifPresent(cursor -> {
            where.add("(d.updatedAt < :cursorAt or (d.updatedAt = :cursorAt and d.id < :cursorId))");
            parameters.put("cursorAt", cursor.at());
            parameters.put("cursorId", cursor.id());
        });
        String query = "from DossierEntity d where " + String.join(" and ", where) + " order by d.updatedAt desc, d.id desc";
        return page(query, parameters, search.page(), SummaryRow::updatedAt);
    }

    private static String scopeClause(DossierScope scope, Map<String, Object> parameters) {
        if (scope.everyEstablishment()) {
            return "d.status <> 'DRAFT'";
        }
        List<String> reachable = new ArrayList<>();
        if (!scope.withDrafts().isEmpty()) {
            reachable.add("d.establishmentId in :withDrafts");
            parameters.put("withDrafts", scope.withDrafts().stream().map(EstablishmentId::value).collect(Collectors.toSet()));
        }
        if (!scope.readable().isEmpty()) {
            reachable.add("(d.status <> 'DRAFT' and d.establishmentId in :readable)");
            parameters.put("readable", scope.readable().stream().map(EstablishmentId::value).collect(Collectors.toSet()));
        }
        scope.trainingBody().ifPresent(siret -> {
            reachable.add("(d.status <> 'DRAFT' and d.subrogation = true and d.trainingBodySiret = :trainingBody)");
            parameters.put("trainingBody", siret.value());
        });
        return reachable.isEmpty() ? "false" : "(" + String.join(" or ", reachable) + ")";
    }

    @Override
    public DossierPage submittedQueue(PageRequest page) {
        Map<String, Object> parameters = new HashMap<>();
        String after = page.cursor().map(KeysetCursor::decode).map(cursor -> {
            parameters.put("cursorAt", cursor.at());
            parameters.put("cursorId", cursor.id());
            return " and (d.statusSince > :cursorAt or (d.statusSince = :cursorAt and d.id > :cursorId))";
        }).orElse("");
        String query = "from DossierEntity d where d.status = 'SUBMITTED'" + after + " order by d.statusSince, d.id";
        return page(query, parameters, page, SummaryRow::statusSince);
    }

    /**
     * Reads one more row than asked: if it comes, there is a next page, which starts after the last row shown.
     * Only the columns of a summary are read, never the JSON documents of the dossier, and no entity is managed:
     * a list is read many times more often than a dossier is changed.
     */
    private DossierPage page(String query, Map<String, Object> parameters, PageRequest page,
                             java.util.function.Function<SummaryRow, Instant> sortKey) {
        TypedQuery<Object[]> typed = entityManager.createQuery("select d.id, d.number, d.establishmentId, d.scheme, d.status, "
                + "d.title, d.trainingStartDate, d.amountRequested, d.updatedAt, d.statusSince " + query, Object[].class);
        parameters.forEach(typed::setParameter);
        List<SummaryRow> rows = typed.setMaxResults(page.limit() + 1).getResultList().stream().map(SummaryRow::of).toList();
        List<SummaryRow> shown = rows.subList(0, Math.min(rows.size(), page.limit()));
        Optional<String> next = rows.size() > page.limit()
                ? Optional.of(new KeysetCursor(sortKey.apply(shown.get(shown.size() - 1)), shown.get(shown.size() - 1).id).encode())
                : Optional.empty();
        return new DossierPage(shown.stream().map(SummaryRow::summary).toList(), next);
    }

    private record SummaryRow(UUID id, String number, UUID establishmentId, String scheme, String status, String title,
                              LocalDate trainingStartDate, BigDecimal amountRequested, Instant updatedAt, Instant statusSince) {

        static SummaryRow of(Object[] row) {
            return new SummaryRow((UUID) row[0], (String) row[1], (UUID) row[2], (String) row[3], (String) row[4],
                    (String) row[5], (LocalDate) row[6], (BigDecimal) row[7], (Instant) row[8], (Instant) row[9]);
        }

        DossierSummary summary() {
            return new DossierSummary(DossierNumber.of(number), new EstablishmentId(establishmentId),
                    FundingScheme.valueOf(scheme), DossierStatus.valueOf(status), Optional.ofNullable(title),
                    Optional.ofNullable(trainingStartDate), Optional.ofNullable(amountRequested).map(Money::new), updatedAt, 0);
        }
    }
}
