package fr.passerelle.adapters.persistence.dossier;

import fr.passerelle.application.dossier.IdempotencyKeys;
import fr.passerelle.domain.dossier.DossierNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.Optional;

/**
 * Idempotency keys in PostgreSQL. The insert waits on the primary key while a racing creation with the same key is
 * still open, so exactly one of them claims it and the other reads its dossier's number.
 */
@ApplicationScoped
class PostgresIdempotencyKeys implements IdempotencyKeys {

    private final EntityManager entityManager;

    PostgresIdempotencyKeys(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<DossierNumber> claim(String subject, String key, DossierNumber number) {
        int claimed = entityManager.createNativeQuery("""
                        INSERT INTO idempotency_key (subject, idempotency_key, dossier_number) VALUES (:subject, :key, :number)
                        ON CONFLICT (subject, idempotency_key) DO NOTHING
                        """)
                .setParameter("subject", subject)
                .setParameter("key", key)
                .setParameter("number", number.value())
                .executeUpdate();
        if (claimed == 1) {
            return Optional.empty();
        }
        String earlier = (String) entityManager.createNativeQuery(
                        "SELECT dossier_number FROM idempotency_key WHERE subject = :subject AND idempotency_key = :key")
                .setParameter("subject", subject)
                .setParameter("key", key)
                .getSingleResult();
        return Optional.of(DossierNumber.of(earlier));
    }
}
