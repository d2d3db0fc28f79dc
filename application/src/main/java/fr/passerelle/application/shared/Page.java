package fr.passerelle.application.shared;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One page of a keyset-paginated list; the cursor, when present, reads the next page. */
public record Page<T>(List<T> items, Optional<String> nextCursor) {

    public Page {
        items = List.copyOf(items);
        Objects.requireNonNull(nextCursor, "nextCursor");
    }

    public static <T> Page<T> empty() {
        return new Page<>(List.of(), Optional.empty());
    }
}
