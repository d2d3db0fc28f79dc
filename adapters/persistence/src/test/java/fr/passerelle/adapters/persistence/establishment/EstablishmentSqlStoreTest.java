package fr.passerelle.adapters.persistence.establishment;

import fr.passerelle.adapters.persistence.EmbeddedPostgresTestResource;
import fr.passerelle.application.establishment.Establishments;
import fr.passerelle.domain.establishment.Establishment;
import fr.passerelle.domain.establishment.EstablishmentStatus;
import fr.passerelle.domain.shared.Address;
import fr.passerelle.domain.shared.DomainException;
import fr.passerelle.domain.shared.Email;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.Siret;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(value = EmbeddedPostgresTestResource.class, restrictToAnnotatedClass = true)
class EstablishmentSqlStoreTest {

    @Inject
    Establishments establishments;

    @Inject
    EntityManager entityManager;

    @Test
    void an_establishment_is_found_by_id_and_by_siret_with_its_contacts_and_company_headcount() {
        Siret siret = unusedSiret();
        EstablishmentId id = establishment(siret, 37);
        execute("INSERT INTO establishment_contact (establishment_id, email) VALUES (?1, 'rh@exemple.fr'), (?1, 'paie@exemple.fr')",
                id.value());

        Establishment byId = inTransaction(() -> establishments.find(id)).orElseThrow();
        Establishment bySiret = inTransaction(() -> establishments.findBySiret(siret)).orElseThrow();

        assertThat(bySiret.snapshot()).isEqualTo(byId.snapshot());
        assertThat(byId.siret()).isEqualTo(siret);
        assertThat(byId.name()).isEqualTo("Atelier Test");
        assertThat(byId.address()).isEqualTo(Address.of("3 rue des Lices", "49100", "Angers"));
        assertThat(byId.companyHeadcount()).isEqualTo(37);
        assertThat(byId.status()).isEqualTo(EstablishmentStatus.ACTIVE);
        assertThat(byId.contacts()).containsExactlyInAnyOrder(Email.of("rh@exemple.fr"), Email.of("paie@exemple.fr"));
        assertThat(byId.asRequestedEstablishment().open()).isTrue();
    }

    @Test
    void an_establishment_without_contacts_has_none_and_unknown_ones_are_not_found() {
        EstablishmentId id = establishment(unusedSiret(), 3);

        assertThat(inTransaction(() -> establishments.find(id)).orElseThrow().contacts()).isEmpty();
        assertThat(inTransaction(() -> establishments.find(new EstablishmentId(UUID.randomUUID())))).isEmpty();
        assertThat(inTransaction(() -> establishments.findBySiret(unusedSiret()))).isEmpty();
    }

    private EstablishmentId establishment(Siret siret, int headcount) {
        UUID company = UUID.randomUUID();
        UUID id = UUID.randomUUID();
        execute("INSERT INTO company (id, siren, name, employee_count) VALUES (?1, ?2, 'Atelier', ?3)", company,
                siret.siren().value(), headcount);
        execute("""
                INSERT INTO establishment (id, company_id, siret, name, state, street, postal_code, city)
                VALUES (?1, ?2, ?3, 'Atelier Test', 'ACTIVE', '3 rue des Lices', '49100', 'Angers')
                """, id, company, siret.value());
        return new EstablishmentId(id);
    }

    /** A random SIRET whose SIREN and SIRET checksums both hold, so that the domain accepts it. */
    private static Siret unusedSiret() {
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

    private <T> T inTransaction(Callable<T> work) {
        return QuarkusTransaction.requiringNew().call(work);
    }

    private void execute(String sql, Object... parameters) {
        QuarkusTransaction.requiringNew().run(() -> {
            var query = entityManager.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            query.executeUpdate();
        });
    }
}
