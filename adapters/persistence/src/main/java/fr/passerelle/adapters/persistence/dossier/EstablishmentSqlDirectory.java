package fr.passerelle.adapters.persistence.dossier;

import fr.passerelle.adapters.persistence.shared.SqlValues;
import fr.passerelle.application.dossier.CompanyEmployees;
import fr.passerelle.application.dossier.CompanyFunds;
import fr.passerelle.application.dossier.EstablishmentDirectory;
import fr.passerelle.domain.dossier.EmployeeId;
import fr.passerelle.domain.establishment.Establishment;
import fr.passerelle.domain.establishment.EstablishmentSnapshot;
import fr.passerelle.domain.establishment.EstablishmentStatus;
import fr.passerelle.domain.shared.Address;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.Money;
import fr.passerelle.domain.shared.Siret;
import fr.passerelle.domain.shared.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What dossiers read of establishments and their company: the establishment with its company's headcount, the
 * company's employees and its training budget. Contacts, bank accounts and change requests are not stored yet, so
 * the establishment comes without them; establishments are registered by the platform's import ({@link UserId#SYSTEM}).
 */
@ApplicationScoped
class EstablishmentSqlDirectory implements EstablishmentDirectory, CompanyEmployees, CompanyFunds {

    private final EntityManager entityManager;

    EstablishmentSqlDirectory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<Establishment> find(EstablishmentId id) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT e.siret, e.name, e.state, e.street, e.postal_code, e.city, c.employee_count, e.registered_at
                        FROM establishment e JOIN company c ON c.id = e.company_id
                        WHERE e.id = :id
                        """, Object[].class)
                .setParameter("id", id.value())
                .getResultList();
        return rows.stream().findFirst().map(row -> Establishment.restore(new EstablishmentSnapshot(id, Siret.of((String) row[0]),
                (String) row[1], Address.of((String) row[3], (String) row[4], (String) row[5]), ((Number) row[6]).intValue(), Set.of(),
                EstablishmentStatus.valueOf((String) row[2]), List.of(), List.of(), UserId.SYSTEM, SqlValues.instant(row[7]), List.of())));
    }

    @Override
    public Set<EmployeeId> ofCompanyOf(EstablishmentId establishment) {
        List<UUID> ids = entityManager.createNativeQuery("""
                        SELECT employee.id FROM employee
                        JOIN establishment ON establishment.company_id = employee.company_id
                        WHERE establishment.id = :establishment
                        """, UUID.class)
                .setParameter("establishment", establishment.value())
                .getResultList();
        return ids.stream().map(EmployeeId::new).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Money availableFor(EstablishmentId establishment) {
        BigDecimal available = (BigDecimal) entityManager.createNativeQuery("""
                        SELECT company.training_budget - COALESCE((
                            SELECT sum(dossier.granted_amount - dossier.released_amount)
                            FROM dossier JOIN establishment sibling ON sibling.id = dossier.establishment_id
                            WHERE sibling.company_id = company.id AND dossier.granted_amount IS NOT NULL), 0)
                        FROM establishment JOIN company ON company.id = establishment.company_id
                        WHERE establishment.id = :establishment
                        """)
                .setParameter("establishment", establishment.value())
                .getSingleResult();
        return new Money(available);
    }
}
