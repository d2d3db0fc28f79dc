package fr.passerelle.domain.shared;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TransitionTableTest {

    enum Light implements Labelled {
        GREEN, ORANGE, RED;

        @Override
        public String label() {
            return name().toLowerCase();
        }
    }

    enum Switch implements Labelled {
        SLOW_DOWN, STOP, GO;

        @Override
        public String label() {
            return name().toLowerCase().replace('_', ' ');
        }
    }

    enum Role { DRIVER, POLICE }

    private final TransitionTable<Light, Switch, Role> table =
            TransitionTable.builder(Light.class, Switch.class, Role.class, "LIGHT", "le feu")
                    .allow(Light.GREEN, Switch.SLOW_DOWN, Light.ORANGE, Role.POLICE)
                    .allow(Light.ORANGE, Switch.STOP, Light.RED, Role.POLICE)
                    .allow(Light.RED, Switch.GO, Light.GREEN, Role.POLICE, Role.DRIVER)
                    .refuseWith(Switch.GO, "LIGHT_NOT_RED", "Seul un feu rouge passe au vert.")
                    .build();

    @Test
    void it_finds_the_transition_a_performer_may_follow() {
        Transition<Light, Switch, Role> transition = table.require(Light.RED, Switch.GO, Set.of(Role.DRIVER));

        assertThat(transition).isEqualTo(new Transition<>(Light.RED, Switch.GO, Light.GREEN, Set.of(Role.POLICE, Role.DRIVER)));
        assertThat(table.permits(Light.RED, Switch.GO)).isTrue();
        assertThat(table.permits(Light.GREEN, Switch.GO)).isFalse();
        assertThat(table.find(Light.GREEN, Switch.STOP)).isEmpty();
    }

    @Test
    void it_refuses_an_action_the_state_does_not_allow() {
        assertThatThrownBy(() -> table.require(Light.GREEN, Switch.STOP, Set.of(Role.POLICE)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("LIGHT_TRANSITION_NOT_ALLOWED"))
                .hasMessage("L’action « stop » n’est pas possible : le feu est « green ».");
    }

    @Test
    void a_specific_refusal_replaces_the_generic_one() {
        assertThatThrownBy(() -> table.require(Light.ORANGE, Switch.GO, Set.of(Role.POLICE)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("LIGHT_NOT_RED"))
                .hasMessage("Seul un feu rouge passe au vert.");
    }

    @Test
    void it_refuses_a_performer_without_the_role() {
        assertThatThrownBy(() -> table.require(Light.GREEN, Switch.SLOW_DOWN, Set.of(Role.DRIVER)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("LIGHT_ACTION_FORBIDDEN"))
                .hasMessage("Vous n’êtes pas habilité à effectuer l’action « slow down » sur le feu.");
        assertThatThrownBy(() -> table.require(Light.GREEN, Switch.SLOW_DOWN, Set.of()))
                .extracting("code").isEqualTo("LIGHT_ACTION_FORBIDDEN");
    }

    @Test
    void it_tells_which_actions_the_roles_may_take_in_a_state() {
        assertThat(table.actionsFor(Light.RED, Set.of(Role.DRIVER))).containsExactly(Switch.GO);
        assertThat(table.actionsFor(Light.GREEN, Set.of(Role.DRIVER))).isEmpty();
        assertThat(table.actionsFor(Light.GREEN, EnumSet.allOf(Role.class))).containsExactly(Switch.SLOW_DOWN);
    }

    @Test
    void it_lists_every_transition() {
        assertThat(table.transitions()).extracting(Transition::action)
                .containsExactlyInAnyOrder(Switch.SLOW_DOWN, Switch.STOP, Switch.GO);
    }

    @Test
    void a_transition_is_declared_once() {
        TransitionTable.Builder<Light, Switch, Role> builder = TransitionTable.builder(Light.class, Switch.class, Role.class, "LIGHT", "le feu")
                .allow(Light.RED, Switch.GO, Light.GREEN, Role.DRIVER);

        assertThatThrownBy(() -> builder.allow(Light.RED, Switch.GO, Light.ORANGE, Role.POLICE))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void history_keeps_entries_in_order_and_hands_out_copies() {
        History<Light, Switch> history = History.empty();
        UserId someone = UserId.of("123e4567-e89b-12d3-a456-426614174000");
        history.append(Switch.GO, Light.RED, Light.GREEN, someone, java.time.Instant.EPOCH, java.util.Optional.empty());
        history.append(Switch.SLOW_DOWN, Light.GREEN, Light.ORANGE, someone, java.time.Instant.EPOCH, java.util.Optional.of("why"));

        assertThat(history.entries()).extracting(HistoryEntry::action).containsExactly(Switch.GO, Switch.SLOW_DOWN);
        assertThat(History.of(history.entries()).entries()).isEqualTo(history.entries());
        assertThatThrownBy(() -> history.entries().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void pending_events_are_handed_out_once() {
        PendingEvents<DomainEvent> events = new PendingEvents<>();
        DomainEvent event = new DomainEvent() {
            @Override
            public UserId by() {
                return UserId.SYSTEM;
            }

            @Override
            public java.time.Instant at() {
                return java.time.Instant.EPOCH;
            }
        };
        events.raise(event);

        assertThat(events.peek()).containsExactly(event);
        assertThat(events.pull()).containsExactly(event);
        assertThat(events.pull()).isEmpty();
        assertThat(events.peek()).isEmpty();
    }
}
