package fr.passerelle.adapters.persistence.establishment;

import fr.passerelle.adapters.persistence.EmbeddedPostgresTestResource;
import fr.passerelle.adapters.persistence.SqlFixtures;
import fr.passerelle.application.account.Accounts;
import fr.passerelle.application.dossier.PageRequest;
import fr.passerelle.application.link.LinkRequestLine;
import fr.passerelle.application.link.LinkRequests;
import fr.passerelle.application.link.StoredLinkRequest;
import fr.passerelle.application.shared.ConcurrentUpdateException;
import fr.passerelle.application.shared.Page;
import fr.passerelle.domain.account.Actor;
import fr.passerelle.domain.account.LinkRequest;
import fr.passerelle.domain.account.LinkRequestId;
import fr.passerelle.domain.account.LinkRequestStatus;
import fr.passerelle.domain.account.Right;
import fr.passerelle.domain.account.UserAccount;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.UserId;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@QuarkusTest
@QuarkusTestResource(value = EmbeddedPostgresTestResource.class, restrictToAnnotatedClass = true)
class LinkRequestSqlStoreTest {

    @Inject
    LinkRequests requests;

    @Inject
    Accounts accounts;

    @Inject
    EntityManager entityManager;

    private final Actor staff = Actor.staff(new UserId(UUID.randomUUID()));

    @Test
    void a_request_is_stored_listed_decided_and_read_back_with_its_history() {
        UserId requester = account();
        EstablishmentId establishment = establishment();
        LinkRequest request = file(requester, establishment, Instant.parse("2026-11-20T08:00:00.000001Z"));

        StoredLinkRequest stored = inTransaction(() -> requests.add(request.snapshot()));
        assertThat(stored.snapshot()).isEqualTo(request.snapshot());
        assertThat(stored.version()).isZero();
        assertThat(inTransaction(() -> requests.hasPending(requester, establishment))).isTrue();
        assertThat(inTransaction(() -> requests.pending(PageRequest.first(200))).items()).extracting(LinkRequestLine::id).contains(request.id());

        request.reject(staff, Instant.parse("2026-11-21T08:00:00Z"), "Vous ne travaillez pas dans cet établissement.");
        StoredLinkRequest rejected = inTransaction(() -> requests.update(request.snapshot(), 0));

        assertThat(rejected.version()).isEqualTo(1);
        assertThat(rejected.snapshot()).isEqualTo(request.snapshot());
        assertThat(inTransaction(() -> requests.hasPending(requester, establishment))).isFalse();
        LinkRequestLine line = inTransaction(() -> requests.line(request.id())).orElseThrow();
        assertThat(line.status()).isEqualTo(LinkRequestStatus.REJECTED);
        assertThat(line.decisionReason()).contains("Vous ne travaillez pas dans cet établissement.");
        assertThat(line.requesterLogin()).endsWith("@exemple.fr");
        assertThat(line.establishment().id()).isEqualTo(establishment);
    }

    @Test
    void granted_rights_are_kept_and_a_stale_version_changes_nothing() {
        LinkRequest request = file(account(), establishment(), Instant.now());
        inTransaction(() -> requests.add(request.snapshot()));
        request.approve(staff, Instant.now(), Set.of(Right.VIEW_DOSSIERS, Right.MANAGE_DOSSIERS));
        inTransaction(() -> requests.update(request.snapshot(), 0));

        assertThat(inTransaction(() -> requests.find(request.id())).orElseThrow().snapshot().grantedRights())
                .containsExactlyInAnyOrder(Right.VIEW_DOSSIERS, Right.MANAGE_DOSSIERS);
        assertThatThrownBy(() -> inTransaction(() -> requests.update(request.snapshot(), 0))).isInstanceOf(ConcurrentUpdateException.class);
    }

    @Test
    void a_requester_sees_their_requests_newest_first_page_after_page() {
        UserId requester = account();
        LinkRequest older = file(requester, establishment(), Instant.parse("2026-01-01T00:00:00Z"));
        LinkRequest newer = file(requester, establishment(), Instant.parse("2026-02-01T00:00:00Z"));
        inTransaction(() -> requests.add(older.snapshot()));
        inTransaction(() -> requests.add(newer.snapshot()));

        Page<LinkRequestLine> first = inTransaction(() -> requests.ofRequester(requester, PageRequest.first(1)));
        Page<LinkRequestLine> second = inTransaction(() -> requests.ofRequester(requester, new PageRequest(1, first.nextCursor())));

        assertThat(first.items()).extracting(LinkRequestLine::id).containsExactly(newer.id());
        assertThat(second.items()).extracting(LinkRequestLine::id).containsExactly(older.id());
        assertThat(second.nextCursor()).isEmpty();
    }

    private LinkRequest file(UserId requester, EstablishmentId establishment, Instant at) {
        UserAccount account = UserAccount.restore(inTransaction(() -> accounts.find(requester)).orElseThrow().snapshot());
        return LinkRequest.file(new LinkRequestId(UUID.randomUUID()), account, establishment, "Je gère aussi ce site.",
                Actor.employer(requester, Map.of()), at);
    }

    private UserId account() {
        UUID id = UUID.randomUUID();
        execute("""
                INSERT INTO user_account (id, subject, login_email, contact_email, first_name, last_name, state)
                VALUES (?1, ?2, ?3, ?3, 'Alice', 'Martin', 'ACTIVE')
                """, id, id.toString(), "alice." + id + "@exemple.fr");
        return new UserId(id);
    }

    private EstablishmentId establishment() {
        return SqlFixtures.establishment(entityManager, SqlFixtures.unusedSiret(), 4);
    }

    private <T> T inTransaction(Callable<T> work) {
        return QuarkusTransaction.requiringNew().call(work);
    }

    private void execute(String sql, Object... parameters) {
        SqlFixtures.execute(entityManager, sql, parameters);
    }
}
