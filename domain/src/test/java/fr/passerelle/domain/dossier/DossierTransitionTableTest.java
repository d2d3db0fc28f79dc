package fr.passerelle.domain.dossier;

import fr.passerelle.domain.account.Actor;
import fr.passerelle.domain.shared.DomainException;
import fr.passerelle.domain.shared.HistoryEntry;
import fr.passerelle.domain.shared.Transition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static fr.passerelle.domain.dossier.DossierAction.*;
import static fr.passerelle.domain.dossier.DossierRole.EMPLOYER;
import static fr.passerelle.domain.dossier.DossierRole.STAFF;
import static fr.passerelle.domain.dossier.DossierRole.TRAINING_BODY;
import static fr.passerelle.domain.dossier.DossierStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The dossier's life cycle as the product design states it, checked against every state × action pair. */
class DossierTransitionTableTest {

    private record Row(DossierStatus from, DossierAction action, DossierStatus to, Set<DossierRole> by) {
    }

    private static final Set<DossierRole> ANYONE_INVOLVED = EnumSet.of(EMPLOYER, STAFF, TRAINING_BODY);

    private static final List<Row> SPECIFICATION = List.of(
            new Row(DRAFT, SAVE_DRAFT, DRAFT, Set.of(EMPLOYER)),
            new Row(DRAFT, DELETE_DRAFT, DELETED, Set.of(EMPLOYER)),
            new Row(DRAFT, SUBMIT, SUBMITTED, Set.of(EMPLOYER)),
            new Row(DRAFT, ATTACH_DOCUMENT, DRAFT, ANYONE_INVOLVED),
            new Row(DRAFT, REMOVE_DOCUMENT, DRAFT, Set.of(EMPLOYER)),
            new Row(SUBMITTED, UNLOCK, DRAFT, Set.of(EMPLOYER)),
            new Row(SUBMITTED, CANCEL, CANCELLED, Set.of(EMPLOYER)),
            new Row(SUBMITTED, TAKE_INTO_REVIEW, IN_REVIEW, Set.of(STAFF)),
            new Row(SUBMITTED, ATTACH_DOCUMENT, SUBMITTED, ANYONE_INVOLVED),
            new Row(IN_REVIEW, REQUEST_DOCUMENTS, AWAITING_DOCUMENTS, Set.of(STAFF)),
            new Row(IN_REVIEW, GRANT, DossierStatus.GRANTED, Set.of(STAFF)),
            new Row(IN_REVIEW, REFUSE, REFUSED, Set.of(STAFF)),
            new Row(IN_REVIEW, REQUEST_MODIFICATION, IN_REVIEW, Set.of(EMPLOYER)),
            new Row(IN_REVIEW, REQUEST_CANCELLATION, IN_REVIEW, Set.of(EMPLOYER)),
            new Row(IN_REVIEW, ACCEPT_MODIFICATION, DRAFT, Set.of(STAFF)),
            new Row(IN_REVIEW, ACCEPT_CANCELLATION, CANCELLED, Set.of(STAFF)),
            new Row(IN_REVIEW, DECLINE_REQUEST, IN_REVIEW, Set.of(STAFF)),
            new Row(IN_REVIEW, ATTACH_DOCUMENT, IN_REVIEW, ANYONE_INVOLVED),
            new Row(AWAITING_DOCUMENTS, HAND_BACK_DOCUMENTS, IN_REVIEW, Set.of(EMPLOYER)),
            new Row(AWAITING_DOCUMENTS, REFUSE, REFUSED, Set.of(STAFF)),
            new Row(AWAITING_DOCUMENTS, REQUEST_MODIFICATION, AWAITING_DOCUMENTS, Set.of(EMPLOYER)),
            new Row(AWAITING_DOCUMENTS, REQUEST_CANCELLATION, AWAITING_DOCUMENTS, Set.of(EMPLOYER)),
            new Row(AWAITING_DOCUMENTS, ACCEPT_MODIFICATION, DRAFT, Set.of(STAFF)),
            new Row(AWAITING_DOCUMENTS, ACCEPT_CANCELLATION, CANCELLED, Set.of(STAFF)),
            new Row(AWAITING_DOCUMENTS, DECLINE_REQUEST, AWAITING_DOCUMENTS, Set.of(STAFF)),
            new Row(AWAITING_DOCUMENTS, ATTACH_DOCUMENT, AWAITING_DOCUMENTS, ANYONE_INVOLVED),
            new Row(DossierStatus.GRANTED, REQUEST_CANCELLATION, DossierStatus.GRANTED, Set.of(EMPLOYER)),
            new Row(DossierStatus.GRANTED, ACCEPT_CANCELLATION, CANCELLED, Set.of(STAFF)),
            new Row(DossierStatus.GRANTED, DECLINE_REQUEST, DossierStatus.GRANTED, Set.of(STAFF)),
            new Row(DossierStatus.GRANTED, TERMINATE, TERMINATED, Set.of(EMPLOYER, TRAINING_BODY)),
            new Row(DossierStatus.GRANTED, CLOSE_BALANCE, CLOSED, Set.of(STAFF)),
            new Row(DossierStatus.GRANTED, ATTACH_DOCUMENT, DossierStatus.GRANTED, ANYONE_INVOLVED),
            new Row(REFUSED, ATTACH_DOCUMENT, REFUSED, ANYONE_INVOLVED),
            new Row(TERMINATED, ATTACH_DOCUMENT, TERMINATED, ANYONE_INVOLVED));

    static Stream<Arguments> everyStateAndAction() {
        return Stream.of(DossierStatus.values()).flatMap(state -> Stream.of(DossierAction.values()).map(action -> {
            Optional<Row> row = specified(state, action);
            String rule = row.map(r -> action + " moves a " + state + " dossier to " + r.to() + " (by " + r.by() + ")")
                    .orElse(action + " is refused on a " + state + " dossier");
            return Arguments.of(rule, state, action);
        }));
    }

    @ParameterizedTest(name = "{0}; allowedActions says so")
    @MethodSource("everyStateAndAction")
    void every_action_in_every_state_follows_the_specification(String rule, DossierStatus state, DossierAction action) {
        DossierWorld world = new DossierWorld();
        Optional<Row> row = specified(state, action);
        if (row.isPresent()) {
            Dossier dossier = world.dossierReadyFor(state, action);
            Actor performer = actorPlaying(world, row.get().by().iterator().next());
            int historyBefore = dossier.history().size();
            dossier.pullEvents();

            world.perform(dossier, action, performer);

            assertThat(dossier.status()).isEqualTo(row.get().to());
            assertThat(dossier.history()).hasSize(historyBefore + 1);
            HistoryEntry<DossierStatus, DossierAction> entry = dossier.history().get(historyBefore);
            assertThat(entry.action()).isEqualTo(action);
            assertThat(entry.from()).isEqualTo(state);
            assertThat(entry.to()).isEqualTo(row.get().to());
            assertThat(entry.by()).isEqualTo(performer.id());
            assertThat(dossier.pullEvents()).singleElement().isInstanceOfSatisfying(DossierEvent.Transitioned.class, event -> {
                assertThat(event.action()).isEqualTo(action);
                assertThat(event.from()).isEqualTo(state);
                assertThat(event.to()).isEqualTo(row.get().to());
                assertThat(event.dossierId()).isEqualTo(dossier.id());
            });
        } else {
            DossierSnapshot prepared = world.dossierReadyFor(state, action).snapshot();
            for (Actor actor : List.of(world.employer, world.staff, world.trainingBody)) {
                Dossier dossier = Dossier.restore(prepared);
                DossierSnapshot before = dossier.snapshot();
                int eventsBefore = dossier.pendingEvents().size();

                DomainException refusal = catchThrowableOfType(DomainException.class, () -> world.perform(dossier, action, actor));

                assertThat(refusal).as(rule).isNotNull();
                assertThat(refusal.code()).isEqualTo(expectedRefusalCode(state, action));
                assertThat(dossier.snapshot()).isEqualTo(before);
                assertThat(dossier.pendingEvents()).hasSize(eventsBefore).isEmpty();
            }
        }
        assertAllowedActionsAreExactlyWhatSucceeds(state, action);
    }

    /** Whoever asks, allowedActions announces exactly the actions that then succeed, as specified. */
    private static void assertAllowedActionsAreExactlyWhatSucceeds(DossierStatus state, DossierAction action) {
        DossierWorld world = new DossierWorld();
        DossierSnapshot prepared = world.dossierReadyFor(state, action).snapshot();
        for (Actor actor : world.everyone()) {
            Dossier dossier = Dossier.restore(prepared);
            boolean specifiedForActor = specified(state, action).filter(row -> row.by().stream()
                    .anyMatch(role -> actorPlaying(world, role).equals(actor))).isPresent();
            boolean announced = dossier.allowedActions(actor).contains(action);
            DossierSnapshot before = dossier.snapshot();

            boolean succeeded = succeeds(() -> world.perform(dossier, action, actor));

            assertThat(announced).as("%s announced to %s", action, actor.kind()).isEqualTo(specifiedForActor);
            assertThat(succeeded).as("%s performed by %s", action, actor.kind()).isEqualTo(specifiedForActor);
            if (!succeeded) {
                assertThat(dossier.snapshot()).isEqualTo(before);
            }
        }
    }

    @Test
    void the_table_holds_exactly_the_specified_transitions() {
        List<Row> implemented = Dossier.TRANSITIONS.transitions().stream()
                .map(t -> new Row(t.from(), t.action(), t.to(), t.performers()))
                .toList();

        assertThat(implemented).containsExactlyInAnyOrderElementsOf(SPECIFICATION);
    }

    @Test
    void cancelled_closed_and_deleted_dossiers_never_move_again() {
        for (DossierStatus end : List.of(CANCELLED, CLOSED, DELETED)) {
            assertThat(Dossier.TRANSITIONS.transitions()).extracting(Transition::from).doesNotContain(end);
        }
    }

    @Test
    void a_refusal_names_the_action_and_the_state_in_french() {
        Dossier dossier = new DossierWorld().dossierIn(IN_REVIEW);
        DossierWorld world = new DossierWorld();

        assertThatThrownBy(() -> dossier.takeIntoReview(world.staff, world.tick()))
                .hasMessage("L’action « prendre en instruction » n’est pas possible : le dossier est « en instruction ».");
    }

    @Test
    void an_actor_without_the_role_is_told_so_in_french() {
        DossierWorld world = new DossierWorld();
        Dossier dossier = world.dossierIn(SUBMITTED);

        assertThatThrownBy(() -> dossier.takeIntoReview(world.employer, world.tick()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("DOSSIER_ACTION_FORBIDDEN"))
                .hasMessage("Vous n’êtes pas habilité à effectuer l’action « prendre en instruction » sur le dossier.");
    }

    private static String expectedRefusalCode(DossierStatus state, DossierAction action) {
        if (action == UNLOCK && state.reviewStarted()) {
            return "DOSSIER_ALREADY_IN_REVIEW";
        }
        return switch (action) {
            case SAVE_DRAFT -> "DOSSIER_NOT_EDITABLE";
            case DELETE_DRAFT -> "DOSSIER_NOT_DELETABLE";
            case REMOVE_DOCUMENT -> "DOCUMENT_REMOVAL_FORBIDDEN";
            case ATTACH_DOCUMENT -> "DOSSIER_CLOSED_TO_DOCUMENTS";
            default -> "DOSSIER_TRANSITION_NOT_ALLOWED";
        };
    }

    private static Optional<Row> specified(DossierStatus state, DossierAction action) {
        return SPECIFICATION.stream().filter(row -> row.from() == state && row.action() == action).findFirst();
    }

    private static Actor actorPlaying(DossierWorld world, DossierRole role) {
        return switch (role) {
            case EMPLOYER -> world.employer;
            case STAFF -> world.staff;
            case TRAINING_BODY -> world.trainingBody;
        };
    }

    private static boolean succeeds(Runnable command) {
        try {
            command.run();
            return true;
        } catch (DomainException refused) {
            return false;
        }
    }
}
