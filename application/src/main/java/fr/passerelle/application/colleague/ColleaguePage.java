package fr.passerelle.application.colleague;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One page of accounts, by name; the cursor, when present, reads the next page. */
public record ColleaguePage(List<ColleagueSummary> items, Optional<String> nextCursor) {

    public ColleaguePage {
        items = List.copyOf(items);
        Objects.requireNonNull(nextCursor, "nextCursor");
    }
}
