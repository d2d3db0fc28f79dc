package fr.passerelle.domain.shared;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The append-only trail of an aggregate's successful transitions. */
public final class History<S, A> {

    private final List<HistoryEntry<S, A>> entries;

    private History(List<HistoryEntry<S, A>> entries) {
        this.entries = new ArrayList<>(entries);
    }

    public static <S, A> History<S, A> empty() {
        return new History<>(List.of());
    }

    public static <S, A> History<S, A> of(List<HistoryEntry<S, A>> entries) {
        return new History<>(entries);
    }

    public void append(A action, S from, S to, UserId by, Instant at, Optional<String> reason) {
        entries.add(new HistoryEntry<>(action, from, to, by, at, reason));
    }

    public List<HistoryEntry<S, A>> entries() {
        return List.copyOf(entries);
    }
}
