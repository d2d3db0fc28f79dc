package fr.passerelle.adapters.persistence.invoice;

import fr.passerelle.adapters.persistence.shared.HistoryTable;
import fr.passerelle.adapters.persistence.shared.KeysetCursor;
import fr.passerelle.adapters.persistence.shared.KeysetPages;
import fr.passerelle.adapters.persistence.shared.SqlValues;
import fr.passerelle.application.invoice.InvoiceDetails;
import fr.passerelle.application.invoice.InvoiceScope;
import fr.passerelle.application.invoice.InvoiceSearch;
import fr.passerelle.application.invoice.InvoiceSummary;
import fr.passerelle.application.invoice.InvoiceTotals;
import fr.passerelle.application.invoice.Invoices;
import fr.passerelle.application.invoice.StoredInvoice;
import fr.passerelle.application.shared.ConcurrentUpdateException;
import fr.passerelle.application.shared.Page;
import fr.passerelle.domain.dossier.DossierId;
import fr.passerelle.domain.dossier.DossierNumber;
import fr.passerelle.domain.invoice.InvoiceAction;
import fr.passerelle.domain.invoice.InvoiceId;
import fr.passerelle.domain.invoice.InvoiceLedger;
import fr.passerelle.domain.invoice.InvoiceNumber;
import fr.passerelle.domain.invoice.InvoiceSnapshot;
import fr.passerelle.domain.invoice.InvoiceStatus;
import fr.passerelle.domain.invoice.Issuer;
import fr.passerelle.domain.invoice.PaymentId;
import fr.passerelle.domain.shared.DocumentId;
import fr.passerelle.domain.shared.DomainException;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.Money;
import fr.passerelle.domain.shared.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import org.hibernate.exception.ConstraintViolationException;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Invoices in PostgreSQL ({@code invoice}, V15) and their history ({@code invoice_history}), in plain SQL: no dossier
 * entity is ever loaded here, so that a dossier read after {@link #lockDossier} comes fresh from the database.
 * Optimistic locking is the {@code version} column; an issuer's numbers are unique by index as well as by the
 * domain's rule, which settles two deposits racing on two dossiers.
 */
@ApplicationScoped
class InvoiceSqlStore implements Invoices {

    private static final HistoryTable<InvoiceStatus, InvoiceAction> HISTORY =
            new HistoryTable<>("invoice_history", "invoice_id", InvoiceStatus.class, InvoiceAction.class);
    private static final String LIVE = "('SUBMITTED', 'VALIDATED', 'PAID')";
    private static final String COLUMNS = """
            invoice.id, invoice.dossier_id, invoice.issuer_establishment_id, invoice.issuer_siret, invoice.number,
            invoice.invoice_date, invoice.amount, invoice.status, invoice.staff_comment, invoice.payment_id,
            invoice.document_id, invoice.file_name, invoice.submitted_by, invoice.submitted_at, invoice.updated_at,
            invoice.version, dossier.number, coalesce(dossier.title, '')
            """;

    private final EntityManager entityManager;

    InvoiceSqlStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void lockDossier(DossierNumber dossier) {
        entityManager.createNativeQuery("SELECT id FROM dossier WHERE number = :number FOR UPDATE")
                .setParameter("number", dossier.value())
                .getResultList();
    }

    @Override
    public InvoiceLedger ledger(DossierId dossier, Issuer issuer) {
        IssuerColumns columns = IssuerColumns.of(issuer);
        List<?> numbers = entityManager.createNativeQuery(columns.establishment() != null
                        ? "SELECT number FROM invoice WHERE issuer_establishment_id = :issuer"
                        : "SELECT number FROM invoice WHERE issuer_siret = :issuer")
                .setParameter("issuer", columns.establishment() != null ? columns.establishment() : columns.siret())
                .getResultList();
        return new InvoiceLedger(numbers.stream().map(number -> InvoiceNumber.of((String) number)).collect(Collectors.toSet()),
                totals(dossier).live());
    }

    @Override
    public InvoiceTotals totals(DossierId dossier) {
        Object[] sums = (Object[]) entityManager.createNativeQuery("SELECT coalesce(sum(amount) FILTER (WHERE status IN " + LIVE
                        + "), 0), coalesce(sum(amount) FILTER (WHERE status = 'PAID'), 0) FROM invoice WHERE dossier_id = :dossier")
                .setParameter("dossier", dossier.value())
                .getSingleResult();
        return new InvoiceTotals(new Money((BigDecimal) sums[0]), new Money((BigDecimal) sums[1]));
    }

    @Override
    public Optional<StoredInvoice> find(InvoiceId id) {
        List<?> rows = entityManager.createNativeQuery("SELECT " + COLUMNS
                        + " FROM invoice JOIN dossier ON dossier.id = invoice.dossier_id WHERE invoice.id = :id", Object[].class)
                .setParameter("id", id.value())
                .getResultList();
        return rows.stream().map(Object[].class::cast).map(this::stored).findFirst();
    }

    @Override
    public List<StoredInvoice> ofPayment(PaymentId payment) {
        List<?> rows = entityManager.createNativeQuery("SELECT " + COLUMNS + " FROM invoice JOIN dossier ON dossier.id = invoice.dossier_id"
                        + " WHERE invoice.payment_id = :payment ORDER BY dossier.number, invoice.number", Object[].class)
                .setParameter("payment", payment.value())
                .getResultList();
        return rows.stream().map(Object[].class::cast).map(this::stored).toList();
    }

    @Override
    public StoredInvoice add(InvoiceSnapshot invoice, InvoiceDetails details) {
        IssuerColumns issuer = IssuerColumns.of(invoice.issuer());
        Query insert = entityManager.createNativeQuery("""
                        INSERT INTO invoice (id, dossier_id, issuer_establishment_id, issuer_siret, number, invoice_date, amount, status,
                                             staff_comment, payment_id, document_id, file_name, submitted_by, submitted_at, updated_at, version)
                        VALUES (:id, :dossier, :establishment, :siret, :number, :date, :amount, :status, :comment, :payment, :document,
                                :fileName, :by, :at, :at, 0)
                        """)
                .setParameter("id", invoice.id().value())
                .setParameter("dossier", invoice.dossierId().value())
                .setParameter("establishment", issuer.establishment())
                .setParameter("siret", issuer.siret())
                .setParameter("number", invoice.number().value())
                .setParameter("by", invoice.submittedBy().value())
                .setParameter("at", Timestamp.from(invoice.submittedAt()));
        bindState(insert, invoice, details);
        try {
            insert.executeUpdate();
        } catch (PersistenceException failed) {
            ConstraintViolationException violation = failed instanceof ConstraintViolationException direct ? direct
                    : failed.getCause() instanceof ConstraintViolationException cause ? cause : null;
            if (violation != null && "invoice_number_per_issuer_idx".equals(violation.getConstraintName())) {
                throw new DomainException("DUPLICATE_INVOICE_NUMBER", "Vous avez déjà déposé une facture numéro « " + invoice.number() + " ».");
            }
            throw failed;
        }
        HISTORY.append(entityManager, invoice.id().value(), invoice.history(), 0);
        return find(invoice.id()).orElseThrow();
    }

    @Override
    public StoredInvoice update(InvoiceSnapshot invoice, InvoiceDetails details, long expectedVersion, Instant at) {
        int storedHistory = HISTORY.size(entityManager, invoice.id().value());
        Query update = entityManager.createNativeQuery("""
                        UPDATE invoice SET invoice_date = :date, amount = :amount, status = :status, staff_comment = :comment,
                                           payment_id = :payment, document_id = :document, file_name = :fileName, updated_at = :at,
                                           version = version + 1
                        WHERE id = :id AND version = :version
                        """)
                .setParameter("id", invoice.id().value())
                .setParameter("version", expectedVersion)
                .setParameter("at", Timestamp.from(at));
        bindState(update, invoice, details);
        if (update.executeUpdate() == 0) {
            throw new ConcurrentUpdateException();
        }
        HISTORY.append(entityManager, invoice.id().value(), invoice.history(), storedHistory);
        return find(invoice.id()).orElseThrow();
    }

    private static void bindState(Query query, InvoiceSnapshot invoice, InvoiceDetails details) {
        query.setParameter("date", Date.valueOf(details.invoiceDate()))
                .setParameter("amount", invoice.amount().amount())
                .setParameter("status", invoice.status().name())
                .setParameter("comment", invoice.staffComment().orElse(null))
                .setParameter("payment", invoice.paymentId().map(PaymentId::value).orElse(null))
                .setParameter("document", details.document().value())
                .setParameter("fileName", details.fileName());
    }

    @Override
    public Page<InvoiceSummary> search(InvoiceSearch search, InvoiceScope scope) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (!scope.everyone()) {
            List<String> reachable = new ArrayList<>();
            if (!scope.establishments().isEmpty()) {
                reachable.add("invoice.issuer_establishment_id IN (:establishments)");
                parameters.put("establishments", scope.establishments().stream().map(EstablishmentId::value).collect(Collectors.toSet()));
            }
            scope.trainingBody().ifPresent(siret -> {
                reachable.add("invoice.issuer_siret = :siret");
                parameters.put("siret", siret.value());
            });
            where.add(reachable.isEmpty() ? "false" : "(" + String.join(" OR ", reachable) + ")");
        }
        search.status().ifPresent(status -> {
            where.add("invoice.status = :status");
            parameters.put("status", status.name());
        });
        search.dossier().ifPresent(number -> {
            where.add("dossier.number = :dossierNumber");
            parameters.put("dossierNumber", number.value());
        });
        search.page().cursor().map(KeysetCursor::decode).ifPresent(cursor -> {
            where.add("(invoice.updated_at, invoice.id) < (:cursorAt, :cursorId)");
            parameters.put("cursorAt", Timestamp.from(cursor.at()));
            parameters.put("cursorId", cursor.id());
        });
        Query query = entityManager.createNativeQuery("SELECT " + COLUMNS + " FROM invoice JOIN dossier ON dossier.id = invoice.dossier_id"
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY invoice.updated_at DESC, invoice.id DESC LIMIT :limit", Object[].class);
        parameters.forEach(query::setParameter);
        query.setParameter("limit", search.page().limit() + 1);
        List<?> rows = query.getResultList();
        List<InvoiceSummary> summaries = rows.stream().map(Object[].class::cast).map(InvoiceSqlStore::summary).toList();
        return KeysetPages.of(summaries, search.page().limit(),
                last -> new KeysetCursor(last.updatedAt(), last.id().value()).encode());
    }

    private StoredInvoice stored(Object[] row) {
        UUID id = (UUID) row[0];
        InvoiceSnapshot snapshot = new InvoiceSnapshot(new InvoiceId(id), new DossierId((UUID) row[1]),
                IssuerColumns.read(row[2], row[3]), InvoiceNumber.of((String) row[4]), new Money((BigDecimal) row[6]),
                InvoiceStatus.valueOf((String) row[7]), Optional.ofNullable((String) row[8]),
                Optional.ofNullable((UUID) row[9]).map(PaymentId::new), new UserId((UUID) row[12]), SqlValues.instant(row[13]),
                HISTORY.read(entityManager, id));
        InvoiceDetails details = new InvoiceDetails(localDate(row[5]), new DocumentId((UUID) row[10]), (String) row[11]);
        return new StoredInvoice(snapshot, details, DossierNumber.of((String) row[16]), (String) row[17],
                ((Number) row[15]).longValue(), SqlValues.instant(row[14]));
    }

    private static InvoiceSummary summary(Object[] row) {
        return new InvoiceSummary(new InvoiceId((UUID) row[0]), DossierNumber.of((String) row[16]), (String) row[17],
                IssuerColumns.read(row[2], row[3]), InvoiceNumber.of((String) row[4]), localDate(row[5]), new Money((BigDecimal) row[6]),
                InvoiceStatus.valueOf((String) row[7]), SqlValues.instant(row[14]));
    }

    private static LocalDate localDate(Object value) {
        return value instanceof LocalDate date ? date : ((Date) value).toLocalDate();
    }
}
