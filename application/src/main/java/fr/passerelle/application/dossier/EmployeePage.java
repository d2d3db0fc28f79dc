package fr.passerelle.application.dossier;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One page of a company's employee register, by name; the cursor, when present, reads the next page. */
public record EmployeePage(List<EmployeeSummary> items, Optional<String> nextCursor) {

    public EmployeePage {
        items = List.copyOf(items);
        Objects.requireNonNull(nextCursor, "nextCursor");
    }
}
