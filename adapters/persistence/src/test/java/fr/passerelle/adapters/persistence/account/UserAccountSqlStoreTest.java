package fr.passerelle.adapters.persistence.account;

import fr.passerelle.adapters.persistence.EmbeddedPostgresTestResource;
import fr.passerelle.application.account.Accounts;
import fr.passerelle.application.account.PendingAccounts;
import fr.passerelle.application.dossier.PageRequest;
import fr.passerelle.application.account.StoredAccount;
import fr.passerelle.application.colleague.ColleagueSearch;
import fr.passerelle.application.colleague.ColleagueSummary;
import fr.passerelle.application.colleague.Colleagues;
import fr.passerelle.application.identity.AccountDirectory;
import fr.passerelle.application.shared.ConcurrentUpdateException;
import fr.passerelle.domain.account.Actor;
import fr.passerelle.domain.account.RequestedEstablishment;
import fr.passerelle.domain.account.Right;
import fr.passerelle.domain.account.UserAccount;
import fr.passerelle.domain.account.UserAccountStatus;
import fr.passerelle.domain.shared.Email;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.PersonName;
import fr.passerelle.domain.shared.PhoneNumber;
import fr.passerelle.domain.shared.Siret;
import fr.passerelle.domain.shared.UserId;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@QuarkusTest
@QuarkusTestResource(value = EmbeddedPostgresTestResource.class, restrictToAnnotatedClass = true)
class UserAccountSqlStoreTest {

    private static final Instant AT = Instant.parse("2026-11-25T09:00:00Z");

    @Inject
    Accounts accounts;

    @Inject
    AccountDirectory directory;

    @Inject
    PendingAccounts pending;

    @Inject
    Colleagues colleagues;

    @Inject
    EntityManager entityManager;

    private final Actor staff = Actor.staff(new UserId(UUID.randomUUID()));
    private EstablishmentId lyon;
    private EstablishmentId grenoble;

    @BeforeEach
    void aCompanyWithTwoEstablishments() {
        UUID company = UUID.randomUUID();
        String siren = digits(9);
        execute("INSERT INTO company (id, siren, name, employee_count) VALUES (?1, ?2, 'Test', 12)", company, siren);
        lyon = establishment(company, siren + "00011");
        grenoble = establishment(company, siren + "00029");
    }

    @Test
    void an_invited_account_comes_back_exactly_as_stored_and_is_found_by_its_login_whatever_the_case() {
        UserAccount invited = invite("Lea.Martin@Example.fr ");

        StoredAccount stored = inTransaction(() -> accounts.add(invited.snapshot(), "kc-" + invited.id().value()));

        assertThat(stored.version()).isZero();
        assertThat(stored.subject()).isEqualTo("kc-" + invited.id().value());
        assertThat(inTransaction(() -> accounts.find(invited.id())).orElseThrow().snapshot()).isEqualTo(invited.snapshot());
        assertThat(inTransaction(() -> accounts.findByLogin(Email.of("  LEA.MARTIN@example.FR"))).orElseThrow().snapshot().id())
                .isEqualTo(invited.id());
        assertThat(inTransaction(() -> accounts.findByLogin(Email.of("nobody@example.fr")))).isEmpty();
        assertThat(inTransaction(() -> directory.displayNames(Set.of(invited.id())))).containsEntry(invited.id(), "Léa Martin");
    }

    @Test
    void an_update_stores_the_new_state_links_and_history_and_refuses_a_stale_version() {
        UserAccount account = invite("suspendu@example.fr");
        StoredAccount stored = inTransaction(() -> accounts.add(account.snapshot(), "kc-" + account.id().value()));

        account.changeRights(staff, AT.plusSeconds(60), grenoble, Set.of(Right.VIEW_DOSSIERS));
        account.suspend(staff, AT.plusSeconds(120), "A quitté l’entreprise");
        StoredAccount updated = inTransaction(() -> accounts.update(account.snapshot(), stored.version()));

        assertThat(updated.version()).isEqualTo(stored.version() + 1);
        StoredAccount read = inTransaction(() -> accounts.find(account.id())).orElseThrow();
        assertThat(read.snapshot()).isEqualTo(account.snapshot());
        assertThat(read.snapshot().status()).isEqualTo(UserAccountStatus.SUSPENDED);
        assertThat(read.snapshot().links()).containsEntry(grenoble, Set.of(Right.VIEW_DOSSIERS));
        assertThat(read.snapshot().history()).hasSize(2);
        assertThatThrownBy(() -> inTransaction(() -> accounts.update(account.snapshot(), stored.version())))
                .isInstanceOf(ConcurrentUpdateException.class);
    }

    @Test
    void a_registered_account_keeps_its_phone_and_every_establishment_it_asked_for() {
        UserAccount registered = register("nouvelle@example.fr", AT);

        inTransaction(() -> accounts.add(registered.snapshot(), "kc-" + registered.id().value()));

        StoredAccount read = inTransaction(() -> accounts.find(registered.id())).orElseThrow();
        assertThat(read.snapshot()).isEqualTo(registered.snapshot());
        assertThat(read.snapshot().phone()).contains(PhoneNumber.of("0612345678"));
        assertThat(read.snapshot().requestedEstablishments()).containsExactlyInAnyOrder(lyon, grenoble);
    }

    @Test
    void the_accounts_waiting_for_approval_come_oldest_first_page_after_page() {
        Instant base = Instant.parse("2001-01-01T00:00:00Z").plusSeconds(ThreadLocalRandom.current().nextInt(1_000_000) * 10L);
        UserAccount first = register("premier-" + UUID.randomUUID() + "@example.fr", base);
        UserAccount second = register("second-" + UUID.randomUUID() + "@example.fr", base.plusSeconds(1));
        UserAccount notVerified = register("pas-verifie-" + UUID.randomUUID() + "@example.fr", base.plusSeconds(2));
        for (UserAccount account : List.of(second, first)) {
            account.verifyEmail(Actor.employer(account.id(), Map.of()), base.plusSeconds(3),
                    List.of(new RequestedEstablishment(lyon, Set.of(), true), new RequestedEstablishment(grenoble, Set.of(), true)));
            inTransaction(() -> accounts.add(account.snapshot(), "kc-" + account.id().value()));
        }
        inTransaction(() -> accounts.add(notVerified.snapshot(), "kc-" + notVerified.id().value()));

        List<UserId> waiting = new java.util.ArrayList<>();
        Optional<String> cursor = Optional.empty();
        do {
            PageRequest request = new PageRequest(1, cursor);
            PendingAccounts.Page page = inTransaction(() -> pending.pendingApproval(request));
            page.accounts().forEach(stored -> waiting.add(stored.snapshot().id()));
            cursor = page.nextCursor();
        } while (cursor.isPresent());

        assertThat(waiting).containsSubsequence(first.id(), second.id()).doesNotContain(notVerified.id());
    }

    private UserAccount register(String login, Instant at) {
        return UserAccount.register(new UserId(UUID.randomUUID()), Email.of(login), PersonName.of("Martin", "Léa"),
                PhoneNumber.of("06 12 34 56 78"), Set.of(lyon, grenoble), at);
    }

    @Test
    void a_change_of_rights_alone_moves_the_version_and_the_phone_is_kept() {
        UserAccount account = invite("droits@example.fr");
        StoredAccount stored = inTransaction(() -> accounts.add(account.snapshot(), "kc-" + account.id().value()));
        account.changeRights(staff, AT.plusSeconds(60), grenoble, Set.of(Right.MANAGE_INVOICES));

        StoredAccount updated = inTransaction(() -> accounts.update(account.snapshot(), stored.version()));

        assertThat(updated.version()).isEqualTo(stored.version() + 1);
        assertThatThrownBy(() -> inTransaction(() -> accounts.update(account.snapshot(), stored.version())))
                .isInstanceOf(ConcurrentUpdateException.class);
        UserAccount withPhone = UserAccount.restore(updated.snapshot());
        Actor owner = Actor.employer(account.id(), Map.of());
        withPhone.changePhone(owner, AT.plusSeconds(120), Optional.of(PhoneNumber.of("04 72 00 00 00")));
        inTransaction(() -> accounts.update(withPhone.snapshot(), updated.version()));
        assertThat(inTransaction(() -> accounts.find(account.id())).orElseThrow().snapshot().phone())
                .contains(PhoneNumber.of("04 72 00 00 00"));
    }

    @Test
    void a_training_body_account_speaks_for_its_siret_in_the_directory_and_in_the_lists() {
        Siret trainingBody = Siret.of("55208131700034");
        UserAccount account = UserAccount.invite(new UserId(UUID.randomUUID()), Email.of("organisme-" + UUID.randomUUID() + "@example.fr"),
                PersonName.of("Zyxtrainingbody", "Inès"), Map.of(), staff, AT);
        String subject = "kc-" + account.id().value();

        inTransaction(() -> {
            accounts.add(account.snapshot(), subject);
            accounts.linkToTrainingBody(account.id(), trainingBody);
            return null;
        });

        assertThat(inTransaction(() -> accounts.trainingBodyOf(account.id()))).contains(trainingBody);
        assertThat(inTransaction(() -> directory.bySubject(subject)).orElseThrow().trainingBody()).contains(trainingBody);
        assertThat(inTransaction(() -> colleagues.page(Set.of(), new ColleagueSearch(Optional.empty(), List.of("zyxtrainingbody"),
                PageRequest.first(10)))).items())
                .singleElement().extracting(ColleagueSummary::trainingBody).isEqualTo(Optional.of(trainingBody));
        UserAccount colleague = invite("sans-organisme@example.fr");
        inTransaction(() -> accounts.add(colleague.snapshot(), "kc-" + colleague.id().value()));
        assertThat(inTransaction(() -> accounts.trainingBodyOf(colleague.id()))).isEmpty();
    }

    private UserAccount invite(String login) {
        return UserAccount.invite(new UserId(UUID.randomUUID()), Email.of(login), PersonName.of("Martin", "Léa"),
                Map.of(lyon, Set.of(Right.MANAGE_DOSSIERS, Right.VIEW_DOSSIERS)), staff, AT);
    }

    private EstablishmentId establishment(UUID company, String siret) {
        UUID id = UUID.randomUUID();
        execute("INSERT INTO establishment (id, company_id, siret, name, state) VALUES (?1, ?2, ?3, 'Test', 'ACTIVE')", id, company, siret);
        return new EstablishmentId(id);
    }

    private static String digits(int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        return digits.toString();
    }

    private <T> T inTransaction(java.util.concurrent.Callable<T> work) {
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
