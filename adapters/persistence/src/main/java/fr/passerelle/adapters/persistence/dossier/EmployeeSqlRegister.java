package fr.passerelle.adapters.persistence.dossier;

import fr.passerelle.adapters.persistence.shared.SearchWords;
import fr.passerelle.application.dossier.EmployeePage;
import fr.passerelle.application.dossier.EmployeeRegister;
import fr.passerelle.application.dossier.EmployeeSummary;
import fr.passerelle.adapters.persistence.shared.NameCursor;
import fr.passerelle.application.dossier.PageRequest;
import fr.passerelle.domain.dossier.EmployeeId;
import fr.passerelle.domain.dossier.EmploymentContractType;
import fr.passerelle.domain.dossier.SocioProfessionalCategory;
import fr.passerelle.domain.shared.EstablishmentId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The employee register in PostgreSQL, read by name with keyset pagination on (last name, first name, id). */
@ApplicationScoped
class EmployeeSqlRegister implements EmployeeRegister {

    private final EntityManager entityManager;

    EmployeeSqlRegister(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<EmployeePage> ofCompanyOf(EstablishmentId establishment, List<String> nameWords, PageRequest page) {
        List<UUID> companies = entityManager.createNativeQuery("SELECT company_id FROM establishment WHERE id = :id", UUID.class)
                .setParameter("id", establishment.value())
                .getResultList();
        return companies.stream().findFirst().map(company -> page(company, nameWords, page));
    }

    private EmployeePage page(UUID company, List<String> nameWords, PageRequest page) {
        List<String> where = new ArrayList<>(List.of("company_id = :company"));
        Map<String, Object> parameters = new HashMap<>(Map.of("company", company));
        for (int i = 0; i < nameWords.size(); i++) {
            where.add("passerelle_fold(last_name || ' ' || first_name) LIKE passerelle_fold(:word" + i + ") ESCAPE '\\'");
            parameters.put("word" + i, SearchWords.containing(nameWords.get(i)));
        }
        page.cursor().map(cursor -> NameCursor.decode(cursor, 2)).ifPresent(cursor -> {
            where.add("(last_name, first_name, id) > (:lastName, :firstName, :id)");
            parameters.put("lastName", cursor.names().get(0));
            parameters.put("firstName", cursor.names().get(1));
            parameters.put("id", cursor.id());
        });
        Query query = entityManager.createNativeQuery("""
                SELECT id, last_name, first_name, birth_date, category, contract_type FROM employee
                WHERE %s
                ORDER BY last_name, first_name, id
                """.formatted(String.join(" AND ", where)), Object[].class);
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.setMaxResults(page.limit() + 1).getResultList();
        List<EmployeeSummary> shown = rows.stream().limit(page.limit()).map(EmployeeSqlRegister::summary).toList();
        Optional<String> next = rows.size() > page.limit()
                ? Optional.of(shown.get(shown.size() - 1)).map(last -> new NameCursor(List.of(last.lastName(), last.firstName()), last.id().value()).encode())
                : Optional.empty();
        return new EmployeePage(shown, next);
    }

    private static EmployeeSummary summary(Object[] row) {
        return new EmployeeSummary(new EmployeeId((UUID) row[0]), (String) row[1], (String) row[2], localDate(row[3]),
                SocioProfessionalCategory.valueOf((String) row[4]), EmploymentContractType.valueOf((String) row[5]));
    }

    private static LocalDate localDate(Object value) {
        return value instanceof LocalDate date ? date : ((Date) value).toLocalDate();
    }
}
