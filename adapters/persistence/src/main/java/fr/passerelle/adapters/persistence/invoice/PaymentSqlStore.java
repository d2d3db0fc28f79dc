package fr.passerelle.adapters.persistence.invoice;

import fr.passerelle.adapters.persistence.shared.HistoryTable;
import fr.passerelle.adapters.persistence.shared.KeysetCursor;
import fr.passerelle.adapters.persistence.shared.KeysetPages;
import fr.passerelle.adapters.persistence.shared.SqlValues;
import fr.passerelle.application.dossier.PageRequest;
import fr.passerelle.application.invoice.InvoiceScope;
import fr.passerelle.application.invoice.PaymentSummary;
import fr.passerelle.application.invoice.Payments;
import fr.passerelle.application.invoice.StoredPayment;
import fr.passerelle.application.shared.Page;
import fr.passerelle.domain.establishment.BankAccountId;
import fr.passerelle.domain.invoice.InvoiceId;
import fr.passerelle.domain.invoice.PaymentAction;
import fr.passerelle.domain.invoice.PaymentId;
import fr.passerelle.domain.invoice.PaymentSnapshot;
import fr.passerelle.domain.invoice.PaymentStatus;
import fr.passerelle.domain.shared.Bic;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.Iban;
import fr.passerelle.domain.shared.Money;
import fr.passerelle.domain.shared.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Payments in PostgreSQL ({@code payment}, V15) and their history; the invoices they pay name them
 * ({@code invoice.payment_id}), so a payment's invoices are read from there.
 */
@ApplicationScoped
class PaymentSqlStore implements Payments {

    private static final HistoryTable<PaymentStatus, PaymentAction> HISTORY =
            new HistoryTable<>("payment_history", "payment_id", PaymentStatus.class, PaymentAction.class);
    private static final String COLUMNS = """
            payment.id, payment.payee_establishment_id, payment.payee_siret, payment.payee_name, payment.amount,
            payment.bank_account_id, payment.iban, payment.bic, payment.status, payment.ordered_by, payment.ordered_at,
            payment.version, (SELECT count(*) FROM invoice WHERE invoice.payment_id = payment.id)
            """;

    private final EntityManager entityManager;

    PaymentSqlStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public StoredPayment add(PaymentSnapshot payment, String payeeName) {
        IssuerColumns payee = IssuerColumns.of(payment.payee());
        entityManager.createNativeQuery("""
                        INSERT INTO payment (id, payee_establishment_id, payee_siret, payee_name, amount, bank_account_id, iban, bic,
                                             status, ordered_by, ordered_at, version)
                        VALUES (:id, :establishment, :siret, :name, :amount, :account, :iban, :bic, :status, :by, :at, 0)
                        """)
                .setParameter("id", payment.id().value())
                .setParameter("establishment", payee.establishment())
                .setParameter("siret", payee.siret())
                .setParameter("name", payeeName)
                .setParameter("amount", payment.amount().amount())
                .setParameter("account", payment.bankAccountId().value())
                .setParameter("iban", payment.iban().value())
                .setParameter("bic", payment.bic().value())
                .setParameter("status", payment.status().name())
                .setParameter("by", payment.orderedBy().value())
                .setParameter("at", Timestamp.from(payment.orderedAt()))
                .executeUpdate();
        HISTORY.append(entityManager, payment.id().value(), payment.history(), 0);
        return new StoredPayment(payment, payeeName, 0);
    }

    @Override
    public Optional<StoredPayment> find(PaymentId id) {
        List<?> rows = entityManager.createNativeQuery("SELECT " + COLUMNS + " FROM payment WHERE payment.id = :id", Object[].class)
                .setParameter("id", id.value())
                .getResultList();
        return rows.stream().map(Object[].class::cast).findFirst().map(row -> {
            List<?> invoices = entityManager.createNativeQuery(
                            "SELECT id FROM invoice WHERE payment_id = :payment ORDER BY submitted_at, id", UUID.class)
                    .setParameter("payment", id.value())
                    .getResultList();
            PaymentSnapshot snapshot = new PaymentSnapshot(id, IssuerColumns.read(row[1], row[2]),
                    invoices.stream().map(invoice -> new InvoiceId((UUID) invoice)).toList(), new Money((BigDecimal) row[4]),
                    new BankAccountId((UUID) row[5]), Iban.of((String) row[6]), Bic.of((String) row[7]),
                    PaymentStatus.valueOf((String) row[8]), new UserId((UUID) row[9]), SqlValues.instant(row[10]),
                    HISTORY.read(entityManager, id.value()));
            return new StoredPayment(snapshot, (String) row[3], ((Number) row[11]).longValue());
        });
    }

    @Override
    public Page<PaymentSummary> search(InvoiceScope scope, PageRequest page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (!scope.everyone()) {
            List<String> reachable = new ArrayList<>();
            if (!scope.establishments().isEmpty()) {
                reachable.add("payment.payee_establishment_id IN (:establishments)");
                parameters.put("establishments", scope.establishments().stream().map(EstablishmentId::value).collect(Collectors.toSet()));
            }
            scope.trainingBody().ifPresent(siret -> {
                reachable.add("payment.payee_siret = :siret");
                parameters.put("siret", siret.value());
            });
            where.add(reachable.isEmpty() ? "false" : "(" + String.join(" OR ", reachable) + ")");
        }
        page.cursor().map(KeysetCursor::decode).ifPresent(cursor -> {
            where.add("(payment.ordered_at, payment.id) < (:cursorAt, :cursorId)");
            parameters.put("cursorAt", Timestamp.from(cursor.at()));
            parameters.put("cursorId", cursor.id());
        });
        Query query = entityManager.createNativeQuery("SELECT " + COLUMNS + " FROM payment"
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY payment.ordered_at DESC, payment.id DESC LIMIT :limit", Object[].class);
        parameters.forEach(query::setParameter);
        query.setParameter("limit", page.limit() + 1);
        List<?> rows = query.getResultList();
        List<PaymentSummary> summaries = rows.stream().map(Object[].class::cast).map(row -> new PaymentSummary(
                new PaymentId((UUID) row[0]), IssuerColumns.read(row[1], row[2]), (String) row[3], new Money((BigDecimal) row[4]),
                ((Number) row[12]).intValue(), PaymentStatus.valueOf((String) row[8]), SqlValues.instant(row[10]))).toList();
        return KeysetPages.of(summaries, page.limit(), last -> new KeysetCursor(last.orderedAt(), last.id().value()).encode());
    }
}
