package fr.passerelle.adapters.persistence.establishment;

import fr.passerelle.adapters.persistence.shared.KeysetCursor;
import fr.passerelle.adapters.persistence.shared.KeysetPages;
import fr.passerelle.adapters.persistence.shared.NameCursor;
import fr.passerelle.adapters.persistence.shared.SearchWords;
import fr.passerelle.application.dossier.PageRequest;
import fr.passerelle.application.establishment.EstablishmentIndex;
import fr.passerelle.application.establishment.EstablishmentSummary;
import fr.passerelle.application.establishment.PendingBankAccount;
import fr.passerelle.application.establishment.PendingChange;
import fr.passerelle.application.shared.Page;
import fr.passerelle.domain.establishment.EstablishmentStatus;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.Siret;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The lists of establishments and staff's queues, read with native queries and keyset pagination: establishments by
 * name then id, queues by waiting time then id. Only the columns a line shows are read.
 */
@ApplicationScoped
class EstablishmentSqlIndex implements EstablishmentIndex {

    /** The columns of an {@link EstablishmentSummary}, from the establishment aliased {@code e}. */
    static final String SUMMARY_COLUMNS = "e.id, e.siret, e.name, e.city, e.state";

    private final EntityManager entityManager;

    EstablishmentSqlIndex(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Page<EstablishmentSummary> search(Optional<Set<EstablishmentId>> among, List<String> words, PageRequest page) {
        List<String> where = new ArrayList<>(List.of("TRUE"));
        Map<String, Object> parameters = new HashMap<>();
        among.ifPresent(ids -> {
            where.add("e.id = ANY(CAST(:ids AS uuid[]))");
            parameters.put("ids", ids.stream().map(id -> id.value().toString()).toArray(String[]::new));
        });
        for (int i = 0; i < words.size(); i++) {
            where.add("(passerelle_fold(e.name) LIKE passerelle_fold(:word" + i + ") ESCAPE '\\' OR e.siret LIKE :word" + i + " ESCAPE '\\')");
            parameters.put("word" + i, SearchWords.containing(words.get(i)));
        }
        page.cursor().map(cursor -> NameCursor.decode(cursor, 1)).ifPresent(cursor -> {
            where.add("(e.name, e.id) > (:cursorName, :cursorId)");
            parameters.put("cursorName", cursor.names().get(0));
            parameters.put("cursorId", cursor.id());
        });
        List<Object[]> rows = rows("SELECT " + SUMMARY_COLUMNS + " FROM establishment e WHERE " + String.join(" AND ", where)
                + " ORDER BY e.name, e.id", parameters, page);
        return KeysetPages.of(rows.stream().map(row -> summary(row, 0)).toList(), page.limit(),
                last -> new NameCursor(List.of(last.name()), last.id().value()).encode());
    }

    @Override
    public Page<PendingChange> pendingChanges(PageRequest page) {
        Map<String, Object> parameters = new HashMap<>();
        String after = after(page, "r.requested_at", "r.id", parameters);
        List<Object[]> rows = rows("SELECT " + SUMMARY_COLUMNS + """
                , r.id, r.name, r.street, r.postal_code, r.city, r.siret, r.status, r.requested_by, r.requested_at,
                  r.decision_reason, coalesce(u.display_name, '')
                FROM establishment_change_request r
                JOIN establishment e ON e.id = r.establishment_id
                LEFT JOIN user_account u ON u.id = r.requested_by
                WHERE r.status = 'PENDING'""" + after + " ORDER BY r.requested_at, r.id", parameters, page);
        return KeysetPages.of(rows.stream().map(row -> new PendingChange(summary(row, 0),
                        EstablishmentSqlStore.changeRequest(Arrays.copyOfRange(row, 5, 15)), (String) row[15])).toList(),
                page.limit(), last -> new KeysetCursor(last.request().requestedAt(), last.request().id().value()).encode());
    }

    @Override
    public Page<PendingBankAccount> pendingBankAccounts(PageRequest page) {
        Map<String, Object> parameters = new HashMap<>();
        String after = after(page, "b.proposed_at", "b.id", parameters);
        List<Object[]> rows = rows("SELECT " + SUMMARY_COLUMNS + """
                , b.id, b.iban, b.bic, b.holder, b.proof_id, b.status, b.rejection_reason, b.proposed_at
                FROM bank_account b
                JOIN establishment e ON e.id = b.establishment_id
                WHERE b.status = 'PENDING_VALIDATION'""" + after + " ORDER BY b.proposed_at, b.id", parameters, page);
        return KeysetPages.of(rows.stream().map(row -> new PendingBankAccount(summary(row, 0),
                        EstablishmentSqlStore.bankAccount(Arrays.copyOfRange(row, 5, 13)))).toList(),
                page.limit(), last -> new KeysetCursor(last.account().proposedAt(), last.account().id().value()).encode());
    }

    /** Reads the summary of an establishment from the row's columns {@link #SUMMARY_COLUMNS}, starting at {@code from}. */
    static EstablishmentSummary summary(Object[] row, int from) {
        return new EstablishmentSummary(new EstablishmentId((UUID) row[from]), Siret.of((String) row[from + 1]),
                (String) row[from + 2], row[from + 3] == null ? "" : (String) row[from + 3],
                EstablishmentStatus.valueOf((String) row[from + 4]));
    }

    private static String after(PageRequest page, String atColumn, String idColumn, Map<String, Object> parameters) {
        return page.cursor().map(KeysetCursor::decode).map(cursor -> {
            parameters.put("cursorAt", Timestamp.from(cursor.at()));
            parameters.put("cursorId", cursor.id());
            return " AND (" + atColumn + ", " + idColumn + ") > (:cursorAt, :cursorId)";
        }).orElse("");
    }

    private List<Object[]> rows(String sql, Map<String, Object> parameters, PageRequest page) {
        Query query = entityManager.createNativeQuery(sql, Object[].class);
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.setMaxResults(page.limit() + 1).getResultList();
        return rows;
    }
}
