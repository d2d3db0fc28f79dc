package fr.passerelle.domain.shared;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Who did what, when, from which state to which state, and why. */
public record HistoryEntry<S, A>(A action, S from, S to, UserId by, Instant at, Optional<String> reason) {

    public HistoryEntry {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(reason, "reason");
    }
}
