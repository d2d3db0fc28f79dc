package fr.passerelle.adapters.persistence.dossier;

import fr.passerelle.application.dossier.DossierNumbers;
import fr.passerelle.domain.dossier.DossierNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** Dossier numbers from a PostgreSQL sequence: unique across every node, with gaps when a creation rolls back. */
@ApplicationScoped
class PostgresDossierNumbers implements DossierNumbers {

    private final EntityManager entityManager;

    PostgresDossierNumbers(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public DossierNumber next() {
        Number next = (Number) entityManager.createNativeQuery("SELECT nextval('dossier_number_seq')").getSingleResult();
        return DossierNumber.of(String.format("%09d", next.longValue()));
    }
}
