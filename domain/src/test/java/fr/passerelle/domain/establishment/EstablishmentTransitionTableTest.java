package fr.passerelle.domain.establishment;

import fr.passerelle.domain.account.Actor;
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

import static fr.passerelle.domain.establishment.EstablishmentAction.*;
import static fr.passerelle.domain.establishment.EstablishmentRole.MANAGER;
import static fr.passerelle.domain.establishment.EstablishmentRole.STAFF;
import static fr.passerelle.domain.establishment.EstablishmentStatus.ACTIVE;
import static fr.passerelle.domain.establishment.EstablishmentStatus.CHANGE_PENDING;
import static fr.passerelle.domain.establishment.EstablishmentStatus.CLOSED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The establishment's life cycle as the product design states it, checked against every state × action pair. */
class EstablishmentTransitionTableTest {

    private record Row(EstablishmentStatus from, EstablishmentAction action, EstablishmentStatus to, Set<EstablishmentRole> by) {
    }

    private static final List<Row> SPECIFICATION = List.of(
            new Row(ACTIVE, REQUEST_CHANGE, CHANGE_PENDING, Set.of(MANAGER)),
            new Row(ACTIVE, CLOSE, CLOSED, Set.of(STAFF)),
            new Row(ACTIVE, ADD_BANK_ACCOUNT, ACTIVE, Set.of(MANAGER)),
            new Row(ACTIVE, VALIDATE_BANK_ACCOUNT, ACTIVE, Set.of(STAFF)),
            new Row(ACTIVE, REJECT_BANK_ACCOUNT, ACTIVE, Set.of(STAFF)),
            new Row(ACTIVE, DEACTIVATE_BANK_ACCOUNT, ACTIVE, Set.of(STAFF, MANAGER)),
            new Row(CHANGE_PENDING, APPROVE_CHANGE, ACTIVE, Set.of(STAFF)),
            new Row(CHANGE_PENDING, REJECT_CHANGE, ACTIVE, Set.of(STAFF)),
            new Row(CHANGE_PENDING, VALIDATE_BANK_ACCOUNT, CHANGE_PENDING, Set.of(STAFF)),
            new Row(CHANGE_PENDING, REJECT_BANK_ACCOUNT, CHANGE_PENDING, Set.of(STAFF)),
            new Row(CLOSED, REOPEN, ACTIVE, Set.of(STAFF)));

    private static final Set<EstablishmentAction> LOCKED_BY_A_PENDING_CHANGE = Set.of(REQUEST_CHANGE, ADD_BANK_ACCOUNT, DEACTIVATE_BANK_ACCOUNT);

    static Stream<Arguments> everyStateAndAction() {
        return Stream.of(EstablishmentStatus.values()).flatMap(state -> Stream.of(EstablishmentAction.values()).map(action -> {
            String rule = specified(state, action)
                    .map(row -> action + " moves an " + state + " establishment to " + row.to() + " (by " + row.by() + ")")
                    .orElse(action + " is refused on a " + state + " establishment");
            return Arguments.of(rule, state, action);
        }));
    }

    @ParameterizedTest(name = "{0}; allowedActions says so")
    @MethodSource("everyStateAndAction")
    void every_action_in_every_state_follows_the_specification(String rule, EstablishmentStatus state, EstablishmentAction action) {
        Optional<Row> row = specified(state, action);
        if (row.isPresent()) {
            EstablishmentWorld world = new EstablishmentWorld();
            Establishment establishment = world.establishmentIn(state);
            Actor performer = row.get().by().contains(STAFF) ? world.staff : world.manager;
            int before = establishment.history().size();
            establishment.pullEvents();

            world.perform(establishment, action, performer);

            assertThat(establishment.status()).isEqualTo(row.get().to());
            assertThat(establishment.history()).hasSize(before + 1);
            assertThat(establishment.history().get(before))
                    .extracting(HistoryEntry::action, HistoryEntry::from, HistoryEntry::to, HistoryEntry::by)
                    .containsExactly(action, state, row.get().to(), performer.id());
            assertThat(establishment.pullEvents()).filteredOn(EstablishmentEvent.Transitioned.class::isInstance).singleElement()
                    .isEqualTo(new EstablishmentEvent.Transitioned(establishment.id(), action, state, row.get().to(),
                            establishment.history().get(before).reason(), performer.id(), establishment.history().get(before).at()));
        } else {
            EstablishmentWorld world = new EstablishmentWorld();
            EstablishmentSnapshot prepared = world.establishmentIn(state).snapshot();
            for (Actor actor : List.of(world.manager, world.staff)) {
                Establishment establishment = Establishment.restore(prepared);
                EstablishmentSnapshot before = establishment.snapshot();

                DomainException refusal = catchThrowableOfType(DomainException.class, () -> world.perform(establishment, action, actor));

                assertThat(refusal).as(rule).isNotNull();
                assertThat(refusal.code()).isEqualTo(state == CHANGE_PENDING && LOCKED_BY_A_PENDING_CHANGE.contains(action)
                        ? "ESTABLISHMENT_LOCKED" : "ESTABLISHMENT_TRANSITION_NOT_ALLOWED");
                assertThat(establishment.snapshot()).isEqualTo(before);
            }
        }
        assertAllowedActionsAreExactlyWhatSucceeds(state, action);
    }

    /** Whoever asks, allowedActions announces exactly the actions that then succeed, as specified. */
    private static void assertAllowedActionsAreExactlyWhatSucceeds(EstablishmentStatus state, EstablishmentAction action) {
        EstablishmentWorld world = new EstablishmentWorld();
        EstablishmentSnapshot prepared = world.establishmentIn(state).snapshot();
        for (Actor actor : world.everyone()) {
            Establishment establishment = Establishment.restore(prepared);
            boolean specifiedForActor = specified(state, action).filter(row ->
                    row.by().contains(STAFF) && actor == world.staff
                            || row.by().contains(MANAGER) && (actor == world.manager || actor == world.admin)).isPresent();
            boolean announced = establishment.allowedActions(actor).contains(action);
            EstablishmentSnapshot before = establishment.snapshot();
            boolean succeeded;
            try {
                world.perform(establishment, action, actor);
                succeeded = true;
            } catch (DomainException refused) {
                succeeded = false;
                assertThat(establishment.snapshot()).isEqualTo(before);
            }

            assertThat(announced).as("%s announced to %s", action, actor).isEqualTo(specifiedForActor);
            assertThat(succeeded).as("%s performed by %s", action, actor).isEqualTo(specifiedForActor);
        }
    }

    @Test
    void the_table_holds_exactly_the_specified_transitions() {
        assertThat(Establishment.TRANSITIONS.transitions().stream()
                .map(t -> new Row(t.from(), t.action(), t.to(), t.performers())).toList())
                .containsExactlyInAnyOrderElementsOf(SPECIFICATION);
    }

    @Test
    void every_status_and_action_has_a_french_label() {
        assertThat(Stream.of(EstablishmentStatus.values()).map(EstablishmentStatus::label)).allMatch(l -> !l.isBlank());
        assertThat(Stream.of(EstablishmentAction.values()).map(EstablishmentAction::label)).allMatch(l -> !l.isBlank());
        assertThat(Stream.of(BankAccountStatus.values()).map(BankAccountStatus::label)).allMatch(l -> !l.isBlank());
        assertThat(Stream.of(BankAccountAction.values()).map(BankAccountAction::label)).allMatch(l -> !l.isBlank());
    }

    private static Optional<Row> specified(EstablishmentStatus state, EstablishmentAction action) {
        return SPECIFICATION.stream().filter(row -> row.from() == state && row.action() == action).findFirst();
    }
}
