package fr.passerelle.adapters.persistence.establishment;

import fr.passerelle.adapters.persistence.EmbeddedPostgresTestResource;
import fr.passerelle.adapters.persistence.SqlFixtures;
import fr.passerelle.application.document.DocumentFile;
import fr.passerelle.application.document.DocumentOwner;
import fr.passerelle.application.document.DocumentStore;
import fr.passerelle.application.dossier.PageRequest;
import fr.passerelle.application.establishment.EstablishmentIndex;
import fr.passerelle.application.establishment.EstablishmentSummary;
import fr.passerelle.application.establishment.Establishments;
import fr.passerelle.application.establishment.PendingBankAccount;
import fr.passerelle.application.establishment.PendingChange;
import fr.passerelle.application.establishment.StoredEstablishment;
import fr.passerelle.application.shared.ConcurrentUpdateException;
import fr.passerelle.application.shared.Page;
import fr.passerelle.domain.account.Actor;
import fr.passerelle.domain.account.Right;
import fr.passerelle.domain.establishment.BankAccount;
import fr.passerelle.domain.establishment.BankAccountId;
import fr.passerelle.domain.establishment.BankAccountStatus;
import fr.passerelle.domain.establishment.ChangeRequest;
import fr.passerelle.domain.establishment.ChangeRequestId;
import fr.passerelle.domain.establishment.ChangeRequestStatus;
import fr.passerelle.domain.establishment.ProposedChange;
import fr.passerelle.domain.shared.Bic;
import fr.passerelle.domain.shared.DocumentId;
import fr.passerelle.domain.shared.Iban;
import fr.passerelle.domain.shared.UserId;
import fr.passerelle.domain.establishment.Establishment;
import fr.passerelle.domain.establishment.EstablishmentStatus;
import fr.passerelle.domain.shared.Address;
import fr.passerelle.domain.shared.Email;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.Siret;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@QuarkusTest
@QuarkusTestResource(value = EmbeddedPostgresTestResource.class, restrictToAnnotatedClass = true)
class EstablishmentSqlStoreTest {

    @Inject
    Establishments establishments;

    @Inject
    EstablishmentIndex index;

    @Inject
    DocumentStore documents;

    @Inject
    EntityManager entityManager;

    private final Actor staff = Actor.staff(new UserId(UUID.randomUUID()));

    @Test
    void an_establishment_is_found_by_id_and_by_siret_with_its_contacts_and_company_headcount() {
        Siret siret = SqlFixtures.unusedSiret();
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
        EstablishmentId id = establishment(SqlFixtures.unusedSiret(), 3);

        assertThat(inTransaction(() -> establishments.find(id)).orElseThrow().contacts()).isEmpty();
        assertThat(inTransaction(() -> establishments.find(new EstablishmentId(UUID.randomUUID())))).isEmpty();
        assertThat(inTransaction(() -> establishments.findBySiret(SqlFixtures.unusedSiret()))).isEmpty();
    }

    @Test
    void a_change_request_bank_accounts_and_the_history_are_stored_and_read_back() {
        Siret siret = SqlFixtures.unusedSiret();
        EstablishmentId id = establishment(siret, 12);
        Actor manager = Actor.employer(new UserId(UUID.randomUUID()), Map.of(id, Set.of(Right.MANAGE_COMPANY)));
        StoredEstablishment stored = inTransaction(() -> establishments.findStored(id)).orElseThrow();
        Establishment establishment = Establishment.restore(stored.snapshot());
        Instant at = Instant.parse("2026-11-20T10:15:30.123456Z");
        BankAccountId first = new BankAccountId(UUID.randomUUID());
        BankAccountId second = new BankAccountId(UUID.randomUUID());
        establishment.proposeBankAccount(manager, at, first, Iban.of("FR7630006000011234567890189"), Bic.of("AGRIFRPP882"),
                "Atelier Test SARL", proof(id));
        establishment.validateBankAccount(staff, at.plusSeconds(1), first);
        establishment.proposeBankAccount(manager, at.plusSeconds(2), second, Iban.of("DE89370400440532013000"), Bic.of("COBADEFF"),
                "Atelier Test SARL", proof(id));
        establishment.validateBankAccount(staff, at.plusSeconds(3), second);
        establishment.requestChange(manager, at.plusSeconds(4), new ChangeRequestId(UUID.randomUUID()),
                new ProposedChange(Optional.of("Atelier Test – Angers Sud"), Optional.of(Address.of("5 rue Lenepveu", "49100", "Angers")),
                        Optional.empty()));

        StoredEstablishment updated = inTransaction(() -> establishments.update(establishment.snapshot(), stored.version()));

        assertThat(updated.version()).isEqualTo(stored.version() + 1);
        assertThat(updated.snapshot()).isEqualTo(establishment.snapshot());
        assertThat(inTransaction(() -> establishments.findStored(id)).orElseThrow()).isEqualTo(updated);
        assertThat(updated.snapshot().bankAccounts()).extracting(BankAccount::status)
                .containsExactly(BankAccountStatus.DEACTIVATED, BankAccountStatus.ACTIVE);
        assertThat(updated.snapshot().status()).isEqualTo(EstablishmentStatus.CHANGE_PENDING);

        Establishment approved = Establishment.restore(updated.snapshot());
        approved.approveChange(staff, at.plusSeconds(5));
        StoredEstablishment applied = inTransaction(() -> establishments.update(approved.snapshot(), updated.version()));
        assertThat(applied.snapshot().name()).isEqualTo("Atelier Test – Angers Sud");
        assertThat(applied.snapshot().changeRequests()).extracting(ChangeRequest::status).containsExactly(ChangeRequestStatus.APPROVED);
        assertThat(applied.snapshot().history()).hasSize(6);
    }

    @Test
    void a_stale_version_changes_nothing() {
        EstablishmentId id = establishment(SqlFixtures.unusedSiret(), 5);
        StoredEstablishment stored = inTransaction(() -> establishments.findStored(id)).orElseThrow();
        Establishment closed = Establishment.restore(stored.snapshot());
        closed.close(staff, Instant.now(), "Cessation d’activité");
        inTransaction(() -> establishments.update(closed.snapshot(), stored.version()));

        Establishment reopened = Establishment.restore(closed.snapshot());
        reopened.reopen(staff, Instant.now());
        assertThatThrownBy(() -> inTransaction(() -> establishments.update(reopened.snapshot(), stored.version())))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(inTransaction(() -> establishments.findStored(id)).orElseThrow().snapshot().status()).isEqualTo(EstablishmentStatus.CLOSED);
    }

    @Test
    void the_queues_serve_the_longest_waiting_first_page_after_page() {
        EstablishmentId id = establishment(SqlFixtures.unusedSiret(), 5);
        Actor manager = Actor.employer(new UserId(UUID.randomUUID()), Map.of(id, Set.of(Right.ADMIN)));
        StoredEstablishment stored = inTransaction(() -> establishments.findStored(id)).orElseThrow();
        Establishment establishment = Establishment.restore(stored.snapshot());
        BankAccountId account = new BankAccountId(UUID.randomUUID());
        establishment.proposeBankAccount(manager, Instant.parse("2000-01-01T00:00:00Z"), account,
                Iban.of("FR7630006000011234567890189"), Bic.of("AGRIFRPP"), "Titulaire", proof(id));
        establishment.requestChange(manager, Instant.parse("2000-01-01T00:00:01Z"), new ChangeRequestId(UUID.randomUUID()),
                new ProposedChange(Optional.of("Nouveau nom"), Optional.empty(), Optional.empty()));
        inTransaction(() -> establishments.update(establishment.snapshot(), stored.version()));

        Page<PendingBankAccount> accounts = inTransaction(() -> index.pendingBankAccounts(PageRequest.first(1)));
        assertThat(accounts.items()).singleElement().satisfies(pending -> {
            assertThat(pending.account().id()).isEqualTo(account);
            assertThat(pending.establishment().id()).isEqualTo(id);
        });
        Page<PendingChange> changes = inTransaction(() -> index.pendingChanges(PageRequest.first(1)));
        assertThat(changes.items()).singleElement().satisfies(pending -> {
            assertThat(pending.request().change().name()).contains("Nouveau nom");
            assertThat(pending.establishment().status()).isEqualTo(EstablishmentStatus.CHANGE_PENDING);
        });
        changes.nextCursor().ifPresent(cursor -> assertThat(inTransaction(() -> index.pendingChanges(new PageRequest(200, Optional.of(cursor))))
                .items()).extracting(pending -> pending.establishment().id()).doesNotContain(id));
    }

    @Test
    void a_search_finds_by_name_without_accents_or_by_siret_among_the_given_establishments() {
        Siret siret = SqlFixtures.unusedSiret();
        EstablishmentId id = establishment(siret, 5);
        EstablishmentId other = establishment(SqlFixtures.unusedSiret(), 5);

        assertThat(inTransaction(() -> index.search(Optional.of(Set.of(id, other)), List.of("atelier", "TEST"), PageRequest.first(10)))
                .items()).extracting(EstablishmentSummary::id).containsExactlyInAnyOrder(id, other);
        assertThat(inTransaction(() -> index.search(Optional.empty(), List.of(siret.value().substring(3)), PageRequest.first(10)))
                .items()).extracting(EstablishmentSummary::id).contains(id).doesNotContain(other);
        Page<EstablishmentSummary> first = inTransaction(() -> index.search(Optional.of(Set.of(id, other)), List.of(), PageRequest.first(1)));
        Page<EstablishmentSummary> second = inTransaction(() -> index.search(Optional.of(Set.of(id, other)), List.of(),
                new PageRequest(1, first.nextCursor())));
        assertThat(List.of(first.items().get(0).id(), second.items().get(0).id())).containsExactlyInAnyOrder(id, other);
        assertThat(second.nextCursor()).isEmpty();
    }

    private DocumentId proof(EstablishmentId establishment) {
        DocumentId id = new DocumentId(UUID.randomUUID());
        QuarkusTransaction.requiringNew().run(() -> documents.store(DocumentOwner.of(establishment),
                new DocumentFile(id, "application/pdf", 3, "ab".repeat(32)), new ByteArrayInputStream("pdf".getBytes(StandardCharsets.US_ASCII))));
        return id;
    }

    private EstablishmentId establishment(Siret siret, int headcount) {
        return SqlFixtures.establishment(entityManager, siret, headcount);
    }

    private <T> T inTransaction(Callable<T> work) {
        return QuarkusTransaction.requiringNew().call(work);
    }

    private void execute(String sql, Object... parameters) {
        SqlFixtures.execute(entityManager, sql, parameters);
    }
}
