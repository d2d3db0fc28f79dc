package fr.passerelle.adapters.persistence.establishment;

import fr.passerelle.adapters.persistence.shared.SqlValues;
import fr.passerelle.application.establishment.Establishments;
import fr.passerelle.domain.establishment.Establishment;
import fr.passerelle.domain.establishment.EstablishmentSnapshot;
import fr.passerelle.domain.establishment.EstablishmentStatus;
import fr.passerelle.domain.shared.Address;
import fr.passerelle.domain.shared.Email;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.Siret;
import fr.passerelle.domain.shared.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Establishments with their company's headcount and their contacts. Bank accounts and change requests are not
 * stored yet, so the establishment comes without them; establishments are registered by the platform's import
 * ({@link UserId#SYSTEM}).
 */
@ApplicationScoped
class EstablishmentSqlStore implements Establishments {

    private static final String SELECT = """
            SELECT e.id, e.siret, e.name, e.state, e.street, e.postal_code, e.city, c.employee_count, e.registered_at,
                   array_to_string(ARRAY(SELECT contact.email FROM establishment_contact contact
                                         WHERE contact.establishment_id = e.id ORDER BY contact.email), ' ')
            FROM establishment e JOIN company c ON c.id = e.company_id
            """;

    private final EntityManager entityManager;

    EstablishmentSqlStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<Establishment> find(EstablishmentId id) {
        return first(entityManager.createNativeQuery(SELECT + "WHERE e.id = :id", Object[].class)
                .setParameter("id", id.value())
                .getResultList());
    }

    @Override
    public Optional<Establishment> findBySiret(Siret siret) {
        return first(entityManager.createNativeQuery(SELECT + "WHERE e.siret = :siret", Object[].class)
                .setParameter("siret", siret.value())
                .getResultList());
    }

    private static Optional<Establishment> first(List<Object[]> rows) {
        return rows.stream().findFirst().map(EstablishmentSqlStore::establishment);
    }

    private static Establishment establishment(Object[] row) {
        return Establishment.restore(new EstablishmentSnapshot(new EstablishmentId((UUID) row[0]), Siret.of((String) row[1]),
                (String) row[2], Address.of((String) row[4], (String) row[5], (String) row[6]), ((Number) row[7]).intValue(),
                contacts((String) row[9]), EstablishmentStatus.valueOf((String) row[3]), List.of(), List.of(), UserId.SYSTEM,
                SqlValues.instant(row[8]), List.of()));
    }

    private static Set<Email> contacts(String spaceSeparated) {
        return spaceSeparated.isEmpty() ? Set.of()
                : Arrays.stream(spaceSeparated.split(" ")).map(Email::of).collect(Collectors.toUnmodifiableSet());
    }
}
