package fr.passerelle.adapters.persistence.notification;

import fr.passerelle.adapters.persistence.shared.SqlValues;
import fr.passerelle.application.notification.DocumentsDue;
import fr.passerelle.domain.dossier.DossierId;
import fr.passerelle.domain.dossier.DossierNumber;
import fr.passerelle.domain.shared.EstablishmentId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Dossiers awaiting documents, read from the dossier's {@code document_request} (due date and request time), and the
 * reminders already sent in {@code documents_due_reminder}, one per request: a new request on the same dossier is
 * reminded of again.
 */
@ApplicationScoped
class DocumentsDueSqlQueries implements DocumentsDue {

    private final EntityManager entityManager;

    DocumentsDueSqlQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<Request> notRemindedDueBetween(LocalDate notBefore, LocalDate dueBy, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT d.id, d.number, d.establishment_id, CAST(d.document_request ->> 'dueDate' AS date),
                               CAST(d.document_request ->> 'requestedAt' AS timestamptz)
                        FROM dossier d
                        WHERE d.status = 'AWAITING_DOCUMENTS'
                          AND CAST(d.document_request ->> 'dueDate' AS date) BETWEEN :notBefore AND :dueBy
                          AND NOT EXISTS (SELECT 1 FROM documents_due_reminder r WHERE r.dossier_id = d.id
                                          AND r.requested_at = CAST(d.document_request ->> 'requestedAt' AS timestamptz))
                        ORDER BY 4, d.id
                        """, Object[].class)
                .setParameter("notBefore", Date.valueOf(notBefore))
                .setParameter("dueBy", Date.valueOf(dueBy))
                .setMaxResults(limit)
                .getResultList();
        return rows.stream().map(row -> new Request(new DossierId((UUID) row[0]), DossierNumber.of((String) row[1]),
                new EstablishmentId((UUID) row[2]), localDate(row[3]), SqlValues.instant(row[4]))).toList();
    }

    @Override
    public boolean markReminded(Request request, Instant at) {
        return entityManager.createNativeQuery("""
                        INSERT INTO documents_due_reminder (dossier_id, requested_at, reminded_at) VALUES (:dossier, :requestedAt, :at)
                        ON CONFLICT DO NOTHING
                        """)
                .setParameter("dossier", request.dossier().value())
                .setParameter("requestedAt", Timestamp.from(request.requestedAt()))
                .setParameter("at", Timestamp.from(at))
                .executeUpdate() == 1;
    }

    private static LocalDate localDate(Object value) {
        return value instanceof LocalDate date ? date : ((Date) value).toLocalDate();
    }
}
