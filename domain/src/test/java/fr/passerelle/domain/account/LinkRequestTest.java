package fr.passerelle.domain.account;

import fr.passerelle.domain.shared.DomainException;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.HistoryEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static fr.passerelle.domain.testing.TestData.establishmentId;
import static fr.passerelle.domain.testing.TestData.userId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class LinkRequestTest {

    private final AccountWorld world = new AccountWorld();
    private final EstablishmentId target = establishmentId();
    private final Actor targetAdmin = Actor.employer(userId(), Map.of(target, Set.of(Right.ADMIN)));

    private LinkRequest filed() {
        UserAccount account = world.accountIn(UserAccountStatus.ACTIVE);
        return LinkRequest.file(new LinkRequestId(UUID.randomUUID()), account, target, " Nouveau site ", world.self, world.tick());
    }

    private LinkRequest in(LinkRequestStatus status) {
        LinkRequest request = filed();
        switch (status) {
            case APPROVED -> request.approve(world.staff, world.tick(), Set.of(Right.VIEW_DOSSIERS));
            case REJECTED -> request.reject(world.staff, world.tick(), "Inconnu");
            default -> { }
        }
        return request;
    }

    private void perform(LinkRequest request, LinkRequestAction action, Actor actor) {
        switch (action) {
            case APPROVE -> request.approve(actor, world.tick(), Set.of(Right.VIEW_DOSSIERS));
            case REJECT -> request.reject(actor, world.tick(), "Inconnu");
        }
    }

    static Stream<Arguments> everyStateAndAction() {
        return Stream.of(LinkRequestStatus.values())
                .flatMap(state -> Stream.of(LinkRequestAction.values()).map(action -> Arguments.of(state, action)));
    }

    @ParameterizedTest(name = "{1} on a {0} link request: only a PENDING one is decided, by staff or an admin of the establishment")
    @MethodSource("everyStateAndAction")
    void a_pending_request_is_decided_once_by_staff_or_an_establishment_admin(LinkRequestStatus state, LinkRequestAction action) {
        LinkRequestStatus expected = action == LinkRequestAction.APPROVE ? LinkRequestStatus.APPROVED : LinkRequestStatus.REJECTED;
        for (Actor actor : List.of(world.staff, targetAdmin, world.admin, world.self)) {
            LinkRequest request = in(state);
            boolean authorised = actor == world.staff || actor == targetAdmin;
            boolean shouldSucceed = state == LinkRequestStatus.PENDING && authorised;
            assertThat(request.allowedActions(actor).contains(action)).isEqualTo(shouldSucceed);
            LinkRequestSnapshot before = request.snapshot();
            int history = request.history().size();

            DomainException refusal = catchThrowableOfType(DomainException.class, () -> perform(request, action, actor));

            if (shouldSucceed) {
                assertThat(refusal).isNull();
                assertThat(request.status()).isEqualTo(expected);
                assertThat(request.history()).hasSize(history + 1);
                assertThat(request.history().get(history)).extracting(HistoryEntry::from, HistoryEntry::to, HistoryEntry::by)
                        .containsExactly(LinkRequestStatus.PENDING, expected, actor.id());
            } else {
                assertThat(refusal.code()).isEqualTo(state == LinkRequestStatus.PENDING
                        ? "LINK_REQUEST_ACTION_FORBIDDEN" : "LINK_REQUEST_TRANSITION_NOT_ALLOWED");
                assertThat(request.snapshot()).isEqualTo(before);
            }
        }
    }

    @Test
    void an_active_user_asks_for_themselves_to_join_another_establishment() {
        LinkRequest request = filed();

        assertThat(request.status()).isEqualTo(LinkRequestStatus.PENDING);
        assertThat(request.requester()).isEqualTo(world.accountId);
        assertThat(request.establishment()).isEqualTo(target);
        assertThat(request.snapshot().message()).isEqualTo("Nouveau site");
        assertThat(request.pullEvents()).singleElement().isInstanceOfSatisfying(LinkRequestEvent.Filed.class, event -> {
            assertThat(event.requestId()).isEqualTo(request.id());
            assertThat(event.requester()).isEqualTo(world.accountId);
            assertThat(event.establishment()).isEqualTo(target);
        });
    }

    @Test
    void nobody_asks_on_someone_else_s_behalf() {
        UserAccount account = world.accountIn(UserAccountStatus.ACTIVE);

        assertThatThrownBy(() -> LinkRequest.file(new LinkRequestId(UUID.randomUUID()), account, target, null, world.staff, world.tick()))
                .extracting("code").isEqualTo("LINK_REQUEST_ACTION_FORBIDDEN");
    }

    @Test
    void only_an_active_account_asks_and_not_for_an_establishment_it_already_has() {
        UserAccount pending = world.accountIn(UserAccountStatus.PENDING_APPROVAL);
        assertThatThrownBy(() -> LinkRequest.file(new LinkRequestId(UUID.randomUUID()), pending, target, null, world.self, world.tick()))
                .extracting("code").isEqualTo("ACCOUNT_NOT_ACTIVE");

        UserAccount active = world.accountIn(UserAccountStatus.ACTIVE);
        assertThatThrownBy(() -> LinkRequest.file(new LinkRequestId(UUID.randomUUID()), active, world.establishment, null,
                world.self, world.tick())).extracting("code").isEqualTo("ALREADY_LINKED");
    }

    @Test
    void approving_says_which_rights_to_grant_so_that_the_account_can_be_linked() {
        LinkRequest request = filed();
        request.pullEvents();

        assertThatThrownBy(() -> request.approve(targetAdmin, world.tick(), Set.of())).extracting("code").isEqualTo("RIGHTS_REQUIRED");
        request.approve(targetAdmin, world.tick(), Set.of(Right.MANAGE_DOSSIERS));

        assertThat(request.snapshot().grantedRights()).containsExactly(Right.MANAGE_DOSSIERS);
        assertThat(request.pullEvents()).singleElement().isInstanceOfSatisfying(LinkRequestEvent.Approved.class, event -> {
            assertThat(event.rights()).containsExactly(Right.MANAGE_DOSSIERS);
            assertThat(event.requester()).isEqualTo(world.accountId);
            assertThat(event.establishment()).isEqualTo(target);
            assertThat(event.by()).isEqualTo(targetAdmin.id());
        });
    }

    @Test
    void rejecting_needs_a_reason() {
        LinkRequest request = filed();
        request.pullEvents();

        assertThatThrownBy(() -> request.reject(world.staff, world.tick(), "")).extracting("code").isEqualTo("REASON_REQUIRED");
        request.reject(world.staff, world.tick(), "Inconnu");

        assertThat(request.pullEvents()).singleElement().isInstanceOfSatisfying(LinkRequestEvent.Rejected.class,
                event -> assertThat(event.reason()).contains("Inconnu"));
        assertThat(request.history().get(0).reason()).contains("Inconnu");
    }

    @Test
    void a_stored_request_comes_back_identical() {
        LinkRequest request = in(LinkRequestStatus.APPROVED);

        assertThat(LinkRequest.restore(request.snapshot()).snapshot()).isEqualTo(request.snapshot());
        assertThat(new LinkRequestSnapshot(request.id(), userId(), target, null, LinkRequestStatus.PENDING, Set.of(),
                java.time.Instant.EPOCH, List.of()).message()).isEmpty();
        assertThat(Stream.of(LinkRequestStatus.values()).map(LinkRequestStatus::label)).allMatch(label -> !label.isBlank());
        assertThat(Stream.of(LinkRequestAction.values()).map(LinkRequestAction::label)).allMatch(label -> !label.isBlank());
    }
}
