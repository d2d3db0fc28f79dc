package fr.passerelle.adapters.persistence.dossier;

import fr.passerelle.application.dossier.CompanyEmployees;
import fr.passerelle.application.dossier.CompanyFunds;
import fr.passerelle.domain.dossier.EmployeeId;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** What dossiers read of an establishment's company: its employees and what is left of its training budget. */
@ApplicationScoped
class CompanySqlDirectory implements CompanyEmployees, CompanyFunds {

    private final EntityManager entityManager;

    CompanySqlDirectory(EntityManager entityManager) {
        this.entityManager = entityManager;
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
