package fr.passerelle.domain.account;

import fr.passerelle.domain.shared.DomainException;
import fr.passerelle.domain.shared.HistoryEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static fr.passerelle.domain.account.UserAccountAction.*;
import static fr.passerelle.domain.account.UserAccountRole.COMPANY_ADMIN;
import static fr.passerelle.domain.account.UserAccountRole.SELF;
import static fr.passerelle.domain.account.UserAccountRole.STAFF;
import static fr.passerelle.domain.account.UserAccountRole.SYSTEM;
import static fr.passerelle.domain.account.UserAccountStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The account's life cycle as the product design states it, checked against every state × action pair. */
class UserAccountTransitionTableTest {

    private record Row(UserAccountStatus from, UserAccountAction action, UserAccountStatus to, Set<UserAccountRole> by) {
    }

    private static final List<Row> SPECIFICATION = List.of(
            new Row(PENDING_VERIFICATION, VERIFY_EMAIL, PENDING_APPROVAL, Set.of(SELF)),
            new Row(PENDING_APPROVAL, APPROVE, ACTIVE, Set.of(STAFF, SYSTEM)),
            new Row(PENDING_APPROVAL, REJECT, REJECTED, Set.of(STAFF)),
            new Row(ACTIVE, SUSPEND, SUSPENDED, Set.of(STAFF, COMPANY_ADMIN)),
            new Row(ACTIVE, CLOSE, CLOSED, Set.of(STAFF, COMPANY_ADMIN)),
            new Row(ACTIVE, CHANGE_CONTACT_EMAIL, ACTIVE, Set.of(SELF, STAFF)),
            new Row(ACTIVE, CHANGE_PHONE, ACTIVE, Set.of(SELF, STAFF)),
            new Row(ACTIVE, GIVE_UP_ADMIN, ACTIVE, Set.of(SELF)),
            new Row(ACTIVE, CHOOSE_PREFERRED_ESTABLISHMENT, ACTIVE, Set.of(SELF)),
            new Row(ACTIVE, CONFIRM_PASSWORD_SET, ACTIVE, Set.of(SELF)),
            new Row(ACTIVE, CHANGE_RIGHTS, ACTIVE, Set.of(STAFF, COMPANY_ADMIN, SYSTEM)),
            new Row(SUSPENDED, REACTIVATE, ACTIVE, Set.of(STAFF, COMPANY_ADMIN)),
            new Row(SUSPENDED, CLOSE, CLOSED, Set.of(STAFF, COMPANY_ADMIN)),
            new Row(SUSPENDED, CHANGE_RIGHTS, SUSPENDED, Set.of(STAFF, COMPANY_ADMIN, SYSTEM)));

    static Stream<Arguments> everyStateAndAction() {
        return Stream.of(UserAccountStatus.values()).flatMap(state -> Stream.of(UserAccountAction.values()).map(action -> {
            String rule = specified(state, action)
                    .map(row -> action + " moves a " + state + " account to " + row.to() + " (by " + row.by() + ")")
                    .orElse(action + " is refused on a " + state + " account");
            return Arguments.of(rule, state, action);
        }));
    }

    @ParameterizedTest(name = "{0}; allowedActions says so")
    @MethodSource("everyStateAndAction")
    void every_action_in_every_state_follows_the_specification(String rule, UserAccountStatus state, UserAccountAction action) {
        AccountWorld world = new AccountWorld();
        Optional<Row> row = specified(state, action);
        if (row.isPresent()) {
            UserAccount account = world.accountIn(state);
            Actor performer = actorPlaying(world, row.get().by().iterator().next());
            int before = account.history().size();
            account.pullEvents();

            world.perform(account, action, performer);

            assertThat(account.status()).isEqualTo(row.get().to());
            assertThat(account.history()).hasSize(before + 1);
            HistoryEntry<UserAccountStatus, UserAccountAction> entry = account.history().get(before);
            assertThat(entry).extracting(HistoryEntry::action, HistoryEntry::from, HistoryEntry::to, HistoryEntry::by)
                    .containsExactly(action, state, row.get().to(), performer.id());
            assertThat(account.pullEvents()).singleElement().isInstanceOfSatisfying(UserAccountEvent.Transitioned.class, event ->
                    assertThat(event).extracting(UserAccountEvent.Transitioned::accountId, UserAccountEvent.Transitioned::action,
                                    UserAccountEvent.Transitioned::from, UserAccountEvent.Transitioned::to)
                            .containsExactly(account.id(), action, state, row.get().to()));
        } else {
            UserAccountSnapshot prepared = world.accountIn(state).snapshot();
            for (Actor actor : List.of(world.self, world.staff, world.admin, world.platform)) {
                UserAccount account = UserAccount.restore(prepared);
                UserAccountSnapshot before = account.snapshot();
                int events = account.pendingEvents().size();

                DomainException refusal = catchThrowableOfType(DomainException.class, () -> world.perform(account, action, actor));

                assertThat(refusal).as(rule).isNotNull();
                assertThat(refusal.code()).isEqualTo("ACCOUNT_TRANSITION_NOT_ALLOWED");
                assertThat(account.snapshot()).isEqualTo(before);
                assertThat(account.pendingEvents()).hasSize(events);
            }
        }
        assertAllowedActionsAreExactlyWhatSucceeds(state, action);
    }

    /** Whoever asks, allowedActions announces exactly the actions that then succeed, as specified. */
    private static void assertAllowedActionsAreExactlyWhatSucceeds(UserAccountStatus state, UserAccountAction action) {
        AccountWorld world = new AccountWorld();
        UserAccountSnapshot prepared = world.accountIn(state).snapshot();
        for (Actor actor : world.everyone()) {
            UserAccount account = UserAccount.restore(prepared);
            boolean specifiedForActor = specified(state, action)
                    .filter(row -> row.by().stream().anyMatch(role -> actorPlaying(world, role).equals(actor))).isPresent();
            boolean announced = account.allowedActions(actor).contains(action);
            UserAccountSnapshot before = account.snapshot();

            boolean succeeded;
            try {
                world.perform(account, action, actor);
                succeeded = true;
            } catch (DomainException refused) {
                succeeded = false;
                assertThat(account.snapshot()).isEqualTo(before);
            }

            assertThat(announced).as("%s announced to %s", action, actor).isEqualTo(specifiedForActor);
            assertThat(succeeded).as("%s performed by %s", action, actor).isEqualTo(specifiedForActor);
        }
    }

    @Test
    void the_table_holds_exactly_the_specified_transitions() {
        assertThat(UserAccount.TRANSITIONS.transitions().stream()
                .map(t -> new Row(t.from(), t.action(), t.to(), t.performers())).toList())
                .containsExactlyInAnyOrderElementsOf(SPECIFICATION);
    }

    @Test
    void every_status_and_action_has_a_french_label() {
        assertThat(Stream.of(UserAccountStatus.values()).map(UserAccountStatus::label)).allMatch(label -> !label.isBlank());
        assertThat(Stream.of(UserAccountAction.values()).map(UserAccountAction::label)).allMatch(label -> !label.isBlank());
    }

    private static Optional<Row> specified(UserAccountStatus state, UserAccountAction action) {
        return SPECIFICATION.stream().filter(row -> row.from() == state && row.action() == action).findFirst();
    }

    private static Actor actorPlaying(AccountWorld world, UserAccountRole role) {
        return switch (role) {
            case SELF -> world.self;
            case STAFF -> world.staff;
            case COMPANY_ADMIN -> world.admin;
            case SYSTEM -> world.platform;
        };
    }
}
