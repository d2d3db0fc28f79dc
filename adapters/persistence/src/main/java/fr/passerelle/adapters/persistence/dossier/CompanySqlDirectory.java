package fr.passerelle.adapters.persistence.dossier;

import fr.passerelle.application.dossier.CompanyEmployees;
import fr.passerelle.domain.dossier.EmployeeId;
import fr.passerelle.domain.shared.EstablishmentId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** What dossiers read of an establishment's company: its employees. */
@ApplicationScoped
class CompanySqlDirectory implements CompanyEmployees {

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
}
