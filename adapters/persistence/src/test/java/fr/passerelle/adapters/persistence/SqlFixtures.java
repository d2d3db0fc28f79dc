package fr.passerelle.adapters.persistence;

import fr.passerelle.domain.shared.DomainException;
import fr.passerelle.domain.shared.Siret;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

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
