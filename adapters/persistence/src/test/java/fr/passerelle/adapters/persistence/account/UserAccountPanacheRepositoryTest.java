package fr.passerelle.adapters.persistence.account;

import fr.passerelle.adapters.persistence.EmbeddedPostgresTestResource;
import fr.passerelle.application.profile.AccountAccess;
import fr.passerelle.application.profile.AccountStanding;
import fr.passerelle.domain.account.UserAccountStatus;
import fr.passerelle.application.profile.EstablishmentAccess;
import fr.passerelle.application.profile.UserAccounts;
import fr.passerelle.domain.account.Right;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(value = EmbeddedPostgresTestResource.class, restrictToAnnotatedClass = true)
class UserAccountPanacheRepositoryTest {

    @Inject
    UserAccounts userAccounts;

    @Inject
    EntityManager entityManager;

    @Test
    void an_account_sees_each_linked_establishment_once_with_all_its_rights() {
        UUID company = insertCompany("812345676");
        UUID lyon = insertEstablishment(company, "81234567600009", "Lyon", "ACTIVE");
        UUID grenoble = insertEstablishment(company, "81234567600017", "Grenoble", "CLOSED");
        String subject = UUID.randomUUID().toString();
        UUID account = insertAccount(subject, lyon);
        grant(account, lyon, Right.ADMIN);
        grant(account, lyon, Right.MANAGE_DOSSIERS);
        grant(account, grenoble, Right.VIEW_DOSSIERS);

        AccountAccess access = QuarkusTransaction.requiringNew().call(() -> userAccounts.accessOf(subject)).orElseThrow();

        assertThat(access.preferredEstablishmentId()).contains(lyon);
        assertThat(access.establishments()).containsExactly(
                new EstablishmentAccess(grenoble, "81234567600017", "Grenoble", true, Set.of(Right.VIEW_DOSSIERS)),
                new EstablishmentAccess(lyon, "81234567600009", "Lyon", false, Set.of(Right.ADMIN, Right.MANAGE_DOSSIERS)));
    }

    @Test
    void an_unknown_subject_has_no_account() {
        Optional<AccountAccess> access = QuarkusTransaction.requiringNew().call(() -> userAccounts.accessOf("nobody"));

        assertThat(access).isEmpty();
    }

    @Test
    void an_account_without_links_reaches_no_establishment() {
        String subject = UUID.randomUUID().toString();
        insertAccount(subject, null);

        AccountAccess access = QuarkusTransaction.requiringNew().call(() -> userAccounts.accessOf(subject)).orElseThrow();

        assertThat(access.establishments()).isEmpty();
        assertThat(access.preferredEstablishmentId()).isEmpty();
        assertThat(access.standing()).contains(new AccountStanding(UserAccountStatus.ACTIVE, Optional.empty()));
    }

    private UUID insertCompany(String siren) {
        UUID id = UUID.randomUUID();
        execute("INSERT INTO company (id, siren, name, employee_count) VALUES (?1, ?2, 'Test', 12)", id, siren);
        return id;
    }

    private UUID insertEstablishment(UUID company, String siret, String name, String state) {
        UUID id = UUID.randomUUID();
        execute("INSERT INTO establishment (id, company_id, siret, name, state) VALUES (?1, ?2, ?3, ?4, ?5)", id, company, siret, name, state);
        return id;
    }

    private UUID insertAccount(String subject, UUID preferredEstablishment) {
        UUID id = UUID.randomUUID();
        execute("INSERT INTO user_account (id, subject, login_email, contact_email, first_name, last_name, state, preferred_establishment_id)"
                + " VALUES (?1, ?2, ?3, ?3, 'Test', 'Compte', 'ACTIVE', ?4)", id, subject, subject + "@example.fr", preferredEstablishment);
        return id;
    }

    private void grant(UUID account, UUID establishment, Right right) {
        execute("INSERT INTO establishment_right (user_account_id, establishment_id, access_right) VALUES (?1, ?2, ?3)",
                account, establishment, right.name());
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
