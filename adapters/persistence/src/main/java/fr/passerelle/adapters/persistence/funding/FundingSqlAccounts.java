package fr.passerelle.adapters.persistence.funding;

import fr.passerelle.application.funding.FundingAccounts;
import fr.passerelle.application.funding.FundingEnvelope;
import fr.passerelle.domain.dossier.FundingSource;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.Money;
import fr.passerelle.domain.shared.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Funding envelopes in {@code funding_envelope} (V12). Only the amount is stored; what is committed, invoiced and paid
 * is added up from the dossiers of the company's establishments that draw on the envelope (same funding source, same
 * training start year) and from their invoices, in the same statement.
 */
@ApplicationScoped
class FundingSqlAccounts implements FundingAccounts {

    private static final String FIGURES = """
            SELECT source.name,
                   coalesce(envelope.amount, 0),
                   coalesce((SELECT sum(dossier.granted_amount - dossier.released_amount) FROM dossier
                             JOIN establishment sibling ON sibling.id = dossier.establishment_id
                             WHERE sibling.company_id = :company AND dossier.training_start_year = :year
                               AND dossier.funding_source = source.name AND dossier.granted_amount IS NOT NULL), 0),
                   coalesce((SELECT sum(invoice.amount) FROM invoice
                             JOIN dossier ON dossier.id = invoice.dossier_id
                             JOIN establishment sibling ON sibling.id = dossier.establishment_id
                             WHERE sibling.company_id = :company AND dossier.training_start_year = :year
                               AND dossier.funding_source = source.name
                               AND invoice.status IN ('SUBMITTED', 'VALIDATED', 'PAID')), 0),
                   coalesce((SELECT sum(invoice.amount) FROM invoice
                             JOIN dossier ON dossier.id = invoice.dossier_id
                             JOIN establishment sibling ON sibling.id = dossier.establishment_id
                             WHERE sibling.company_id = :company AND dossier.training_start_year = :year
                               AND dossier.funding_source = source.name AND invoice.status = 'PAID'), 0)
            FROM (VALUES ('LEGAL', 1), ('VOLUNTARY', 2), ('CONVENTIONAL', 3)) AS source (name, position)
            LEFT JOIN funding_envelope envelope
                   ON envelope.company_id = :company AND envelope.year = :year AND envelope.source = source.name
            """;

    private final EntityManager entityManager;

    FundingSqlAccounts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<String> companyNameOf(EstablishmentId establishment) {
        List<?> names = entityManager.createNativeQuery("""
                        SELECT company.name FROM company JOIN establishment ON establishment.company_id = company.id
                        WHERE establishment.id = :establishment
                        """)
                .setParameter("establishment", establishment.value())
                .getResultList();
        return names.stream().map(String.class::cast).findFirst();
    }

    @Override
    public List<FundingEnvelope> envelopesOf(EstablishmentId establishment, int year) {
        return companyOf(establishment).map(company -> figures(company, year, null)).orElse(List.of());
    }

    @Override
    public FundingEnvelope lock(EstablishmentId establishment, FundingSource source, int year) {
        UUID company = companyOf(establishment).orElseThrow(() -> new IllegalArgumentException("Unknown establishment " + establishment));
        entityManager.createNativeQuery("""
                        INSERT INTO funding_envelope (company_id, year, source, amount, updated_at)
                        VALUES (:company, :year, :source, 0, now()) ON CONFLICT DO NOTHING
                        """)
                .setParameter("company", company)
                .setParameter("year", year)
                .setParameter("source", source.name())
                .executeUpdate();
        entityManager.createNativeQuery("""
                        SELECT amount FROM funding_envelope WHERE company_id = :company AND year = :year AND source = :source
                        FOR UPDATE
                        """)
                .setParameter("company", company)
                .setParameter("year", year)
                .setParameter("source", source.name())
                .getSingleResult();
        return figures(company, year, source).get(0);
    }

    @Override
    public void setAmount(EstablishmentId establishment, FundingSource source, int year, Money amount, UserId by, Instant at) {
        UUID company = companyOf(establishment).orElseThrow(() -> new IllegalArgumentException("Unknown establishment " + establishment));
        entityManager.createNativeQuery("""
                        INSERT INTO funding_envelope (company_id, year, source, amount, updated_by, updated_at)
                        VALUES (:company, :year, :source, :amount, :by, :at)
                        ON CONFLICT (company_id, year, source)
                        DO UPDATE SET amount = excluded.amount, updated_by = excluded.updated_by, updated_at = excluded.updated_at
                        """)
                .setParameter("company", company)
                .setParameter("year", year)
                .setParameter("source", source.name())
                .setParameter("amount", amount.amount())
                .setParameter("by", by.value())
                .setParameter("at", Timestamp.from(at))
                .executeUpdate();
    }

    private Optional<UUID> companyOf(EstablishmentId establishment) {
        List<?> companies = entityManager.createNativeQuery("SELECT company_id FROM establishment WHERE id = :establishment", UUID.class)
                .setParameter("establishment", establishment.value())
                .getResultList();
        return companies.stream().map(UUID.class::cast).findFirst();
    }

    /** Every source's envelope, or only that of {@code source} when it is not null. */
    private List<FundingEnvelope> figures(UUID company, int year, FundingSource source) {
        var query = entityManager.createNativeQuery(FIGURES + (source == null ? "" : " WHERE source.name = :source")
                        + " ORDER BY source.position", Object[].class)
                .setParameter("company", company)
                .setParameter("year", year);
        if (source != null) {
            query.setParameter("source", source.name());
        }
        List<?> rows = query.getResultList();
        return rows.stream().map(Object[].class::cast).map(row -> new FundingEnvelope(year, FundingSource.valueOf((String) row[0]),
                money(row[1]), money(row[2]), money(row[3]), money(row[4]))).toList();
    }

    private static Money money(Object value) {
        return new Money((BigDecimal) value);
    }
}
