package fr.passerelle.adapters.persistence.establishment;

import fr.passerelle.adapters.persistence.shared.HistoryTable;
import fr.passerelle.adapters.persistence.shared.KeysetCursor;
import fr.passerelle.adapters.persistence.shared.KeysetPages;
import fr.passerelle.adapters.persistence.shared.SqlValues;
import fr.passerelle.application.dossier.PageRequest;
import fr.passerelle.application.link.LinkRequestLine;
import fr.passerelle.application.link.LinkRequests;
import fr.passerelle.application.link.StoredLinkRequest;
import fr.passerelle.application.shared.ConcurrentUpdateException;
import fr.passerelle.application.shared.Page;
import fr.passerelle.domain.account.LinkRequestAction;
import fr.passerelle.domain.account.LinkRequestId;
import fr.passerelle.domain.account.LinkRequestSnapshot;
import fr.passerelle.domain.account.LinkRequestStatus;
import fr.passerelle.domain.account.Right;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Link requests in PostgreSQL: the {@code link_request} row (optimistic locking on its {@code version}; the granted
 * rights space-separated) and its history in {@code link_request_history}. Lines join the requester's account and the
 * establishment; the decision's reason is the last history entry's.
 */
@ApplicationScoped
class LinkRequestSqlStore implements LinkRequests {

    private static final HistoryTable<LinkRequestStatus, LinkRequestAction> HISTORY =
            new HistoryTable<>("link_request_history", "link_request_id", LinkRequestStatus.class, LinkRequestAction.class);

    private static final String LINE = "SELECT r.id, u.display_name, u.login_email, " + EstablishmentSqlIndex.SUMMARY_COLUMNS + """
            , r.message, r.status, r.granted_rights, r.filed_at,
                   (SELECT h.reason FROM link_request_history h WHERE h.link_request_id = r.id ORDER BY h.seq DESC LIMIT 1),
                   r.version
            FROM link_request r
            JOIN user_account u ON u.id = r.requester_id
            JOIN establishment e ON e.id = r.establishment_id
            """;

    private final EntityManager entityManager;

    LinkRequestSqlStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<StoredLinkRequest> find(LinkRequestId id) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT requester_id, establishment_id, message, status, granted_rights, filed_at, version
                        FROM link_request WHERE id = :id
                        """, Object[].class)
                .setParameter("id", id.value())
                .getResultList();
        return rows.stream().findFirst().map(row -> new StoredLinkRequest(new LinkRequestSnapshot(id, new UserId((UUID) row[0]),
                new EstablishmentId((UUID) row[1]), (String) row[2], LinkRequestStatus.valueOf((String) row[3]),
                rights((String) row[4]), SqlValues.instant(row[5]), HISTORY.read(entityManager, id.value())),
                ((Number) row[6]).longValue()));
    }

    @Override
    public Optional<LinkRequestLine> line(LinkRequestId id) {
        List<Object[]> rows = entityManager.createNativeQuery(LINE + "WHERE r.id = :id", Object[].class)
                .setParameter("id", id.value())
                .getResultList();
        return rows.stream().findFirst().map(LinkRequestSqlStore::line);
    }

    @Override
    public StoredLinkRequest add(LinkRequestSnapshot request) {
        entityManager.createNativeQuery("""
                        INSERT INTO link_request (id, requester_id, establishment_id, message, status, granted_rights, filed_at, version)
                        VALUES (:id, :requester, :establishment, :message, :status, :rights, :filedAt, 0)
                        """)
                .setParameter("id", request.id().value())
                .setParameter("requester", request.requester().value())
                .setParameter("establishment", request.establishment().value())
                .setParameter("message", request.message())
                .setParameter("status", request.status().name())
                .setParameter("rights", rights(request.grantedRights()))
                .setParameter("filedAt", Timestamp.from(request.filedAt()))
                .executeUpdate();
        HISTORY.append(entityManager, request.id().value(), request.history(), 0);
        return find(request.id()).orElseThrow();
    }

    @Override
    public StoredLinkRequest update(LinkRequestSnapshot request, long expectedVersion) {
        int updated = entityManager.createNativeQuery("""
                        UPDATE link_request SET status = :status, granted_rights = :rights, version = version + 1
                        WHERE id = :id AND version = :version
                        """)
                .setParameter("status", request.status().name())
                .setParameter("rights", rights(request.grantedRights()))
                .setParameter("id", request.id().value())
                .setParameter("version", expectedVersion)
                .executeUpdate();
        if (updated != 1) {
            throw new ConcurrentUpdateException();
        }
        UUID id = request.id().value();
        HISTORY.append(entityManager, id, request.history(), HISTORY.size(entityManager, id));
        return find(request.id()).orElseThrow();
    }

    @Override
    public boolean hasPending(UserId requester, EstablishmentId establishment) {
        Number count = (Number) entityManager.createNativeQuery("""
                        SELECT count(*) FROM link_request
                        WHERE requester_id = :requester AND establishment_id = :establishment AND status = 'PENDING'
                        """)
                .setParameter("requester", requester.value())
                .setParameter("establishment", establishment.value())
                .getSingleResult();
        return count.intValue() > 0;
    }

    @Override
    public Page<LinkRequestLine> ofRequester(UserId requester, PageRequest page) {
        Map<String, Object> parameters = new HashMap<>(Map.of("requester", requester.value()));
        String before = page.cursor().map(KeysetCursor::decode).map(cursor -> {
            parameters.put("cursorAt", Timestamp.from(cursor.at()));
            parameters.put("cursorId", cursor.id());
            return " AND (r.filed_at, r.id) < (:cursorAt, :cursorId)";
        }).orElse("");
        return page(LINE + "WHERE r.requester_id = :requester" + before + " ORDER BY r.filed_at DESC, r.id DESC", parameters, page);
    }

    @Override
    public Page<LinkRequestLine> pending(PageRequest page) {
        Map<String, Object> parameters = new HashMap<>();
        String after = page.cursor().map(KeysetCursor::decode).map(cursor -> {
            parameters.put("cursorAt", Timestamp.from(cursor.at()));
            parameters.put("cursorId", cursor.id());
            return " AND (r.filed_at, r.id) > (:cursorAt, :cursorId)";
        }).orElse("");
        return page(LINE + "WHERE r.status = 'PENDING'" + after + " ORDER BY r.filed_at, r.id", parameters, page);
    }

    private Page<LinkRequestLine> page(String sql, Map<String, Object> parameters, PageRequest page) {
        Query query = entityManager.createNativeQuery(sql, Object[].class);
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.setMaxResults(page.limit() + 1).getResultList();
        return KeysetPages.of(rows.stream().map(LinkRequestSqlStore::line).toList(), page.limit(),
                last -> new KeysetCursor(last.filedAt(), last.id().value()).encode());
    }

    private static LinkRequestLine line(Object[] row) {
        return new LinkRequestLine(new LinkRequestId((UUID) row[0]), (String) row[1], (String) row[2],
                EstablishmentSqlIndex.summary(row, 3),
                (String) row[8], LinkRequestStatus.valueOf((String) row[9]), rights((String) row[10]), SqlValues.instant(row[11]),
                Optional.ofNullable((String) row[12]), ((Number) row[13]).longValue());
    }

    private static Set<Right> rights(String spaceSeparated) {
        return spaceSeparated.isBlank() ? Set.of()
                : Arrays.stream(spaceSeparated.split(" ")).map(Right::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Right.class)));
    }

    private static String rights(Set<Right> rights) {
        return rights.stream().sorted().map(Right::name).collect(Collectors.joining(" "));
    }
}
