package fr.passerelle.adapters.persistence.shared;

import fr.passerelle.application.shared.Page;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** A page from the rows of a keyset query that read one more row than asked: if it came, a next page starts after the last shown. */
public final class KeysetPages {

    private KeysetPages() {
    }

    public static <T> Page<T> of(List<T> rows, int limit, Function<T, String> cursorAfter) {
        List<T> shown = rows.subList(0, Math.min(rows.size(), limit));
        Optional<String> next = rows.size() > limit ? Optional.of(cursorAfter.apply(shown.get(shown.size() - 1))) : Optional.empty();
        return new Page<>(shown, next);
    }
}
