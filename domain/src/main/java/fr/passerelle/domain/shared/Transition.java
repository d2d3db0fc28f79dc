package fr.passerelle.domain.shared;

import java.util.Objects;
import java.util.Set;

/** One row of a transition table: in state {@code from}, {@code action} leads to {@code to}, for these performers. */
public record Transition<S, A, R>(S from, A action, S to, Set<R> performers) {

    public Transition {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(to, "to");
        performers = Set.copyOf(performers);
    }
}
