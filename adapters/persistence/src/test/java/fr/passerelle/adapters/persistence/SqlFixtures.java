package fr.passerelle.adapters.persistence;

import fr.passerelle.domain.shared.DomainException;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.Siret;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** What the store tests set up with plain SQL, each statement in a transaction of its own. */
public final class SqlFixtures {

    private SqlFixtures() {
    }

    /** A random SIRET whose SIREN and SIRET checksums both hold, so that the domain accepts it. */
    public static Siret unusedSiret() {
        while (true) {
            StringBuilder digits = new StringBuilder();
            for (int i = 0; i < 14; i++) {
                digits.append(ThreadLocalRandom.current().nextInt(10));
            }
            try {
                return Siret.of(digits.toString());
            } catch (DomainException invalidChecksum) {
                // about one random number in a hundred passes both checksums
            }
        }
    }

    /** An establishment "Atelier Test" in Angers, of a company of its own with this headcount. */
    public static EstablishmentId establishment(EntityManager entityManager, Siret siret, int headcount) {
        UUID company = UUID.randomUUID();
        UUID id = UUID.randomUUID();
        execute(entityManager, "INSERT INTO company (id, siren, name, employee_count) VALUES (?1, ?2, 'Atelier', ?3)", company,
                siret.siren().value(), headcount);
        execute(entityManager, """
                INSERT INTO establishment (id, company_id, siret, name, state, street, postal_code, city)
                VALUES (?1, ?2, ?3, 'Atelier Test', 'ACTIVE', '3 rue des Lices', '49100', 'Angers')
                """, id, company, siret.value());
        return new EstablishmentId(id);
    }

    /** Runs the statement, its parameters numbered from 1. */
    public static void execute(EntityManager entityManager, String sql, Object... parameters) {
        QuarkusTransaction.requiringNew().run(() -> {
            var query = entityManager.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            query.executeUpdate();
        });
    }
}
