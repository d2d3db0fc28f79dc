package fr.passerelle.domain.shared;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every move an aggregate can make, in one place: which action leads from which state to which state, and who
 * may perform it. Aggregates ask it before moving, and derive from it the actions an actor may take now.
 */
public final class TransitionTable<S extends Enum<S> & Labelled, A extends Enum<A> & Labelled, R extends Enum<R>> {

    private final String codePrefix;
    private final String subject;
    private final Class<A> actionType;
    private final Map<S, Map<A, Transition<S, A, R>>> transitions;
    private final Map<A, Refusal> refusals;

    private TransitionTable(Builder<S, A, R> builder) {
        this.codePrefix = builder.codePrefix;
        this.subject = builder.subject;
        this.actionType = builder.actionType;
        this.transitions = builder.transitions;
        this.refusals = builder.refusals;
    }

    /**
     * @param codePrefix prefix of the error codes, e.g. {@code DOSSIER} gives {@code DOSSIER_TRANSITION_NOT_ALLOWED}
     * @param subject    how the aggregate is named in French messages, e.g. « le dossier »
     * @param roleType   fixes the role type, which Java cannot infer from the performers' varargs
     */
    public static <S extends Enum<S> & Labelled, A extends Enum<A> & Labelled, R extends Enum<R>> Builder<S, A, R> builder(
            Class<S> stateType, Class<A> actionType, Class<R> roleType, String codePrefix, String subject) {
        return new Builder<>(stateType, actionType, codePrefix, subject);
    }

    /** The transition to follow, or a refusal if the state does not allow the action or none of the roles may perform it. */
    public Transition<S, A, R> require(S from, A action, Set<R> roles) {
        Transition<S, A, R> transition = find(from, action).orElseThrow(() -> refusal(from, action));
        if (Collections.disjoint(transition.performers(), roles)) {
            throw new DomainException(codePrefix + "_ACTION_FORBIDDEN",
                    "Vous n’êtes pas habilité à effectuer l’action « " + action.label() + " » sur " + subject + ".");
        }
        return transition;
    }

    public Optional<Transition<S, A, R>> find(S from, A action) {
        return Optional.ofNullable(transitions.get(from).get(action));
    }

    public boolean permits(S from, A action) {
        return transitions.get(from).containsKey(action);
    }

    /** The actions that the state allows and that at least one of the roles may perform. */
    public Set<A> actionsFor(S from, Set<R> roles) {
        Set<A> actions = EnumSet.noneOf(actionType);
        for (Transition<S, A, R> transition : transitions.get(from).values()) {
            if (!Collections.disjoint(transition.performers(), roles)) {
                actions.add(transition.action());
            }
        }
        return actions;
    }

    public List<Transition<S, A, R>> transitions() {
        List<Transition<S, A, R>> all = new ArrayList<>();
        transitions.values().forEach(byAction -> all.addAll(byAction.values()));
        return List.copyOf(all);
    }

    private DomainException refusal(S from, A action) {
        Refusal specific = refusals.get(action);
        if (specific != null) {
            return new DomainException(specific.code(), specific.message());
        }
        return new DomainException(codePrefix + "_TRANSITION_NOT_ALLOWED",
                "L’action « " + action.label() + " » n’est pas possible : " + subject + " est « " + from.label() + " ».");
    }

    private record Refusal(String code, String message) {
    }

    public static final class Builder<S extends Enum<S> & Labelled, A extends Enum<A> & Labelled, R extends Enum<R>> {

        private final String codePrefix;
        private final String subject;
        private final Class<A> actionType;
        private final Map<S, Map<A, Transition<S, A, R>>> transitions;
        private final Map<A, Refusal> refusals;

        private Builder(Class<S> stateType, Class<A> actionType, String codePrefix, String subject) {
            this.codePrefix = codePrefix;
            this.subject = subject;
            this.actionType = actionType;
            this.transitions = new EnumMap<>(stateType);
            for (S state : stateType.getEnumConstants()) {
                transitions.put(state, new EnumMap<>(actionType));
            }
            this.refusals = new EnumMap<>(actionType);
        }

        @SafeVarargs
        public final Builder<S, A, R> allow(S from, A action, S to, R... performers) {
            if (transitions.get(from).containsKey(action)) {
                throw new IllegalStateException(action + " from " + from + " is declared twice");
            }
            transitions.get(from).put(action, new Transition<>(from, action, to, Set.of(performers)));
            return this;
        }

        /** Replaces the generic refusal of an action in a state that does not allow it by a more telling one. */
        public Builder<S, A, R> refuseWith(A action, String code, String message) {
            refusals.put(action, new Refusal(code, message));
            return this;
        }

        public TransitionTable<S, A, R> build() {
            return new TransitionTable<>(this);
        }
    }
}
