package fr.passerelle.application.dossier;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One page of a keyset-paginated list; the cursor, when present, reads the next page. */
public record DossierPage(List<DossierSummary> items, Optional<String> nextCursor) {

    public static final DossierPage EMPTY = new DossierPage(List.of(), Optional.empty());

    public DossierPage {
        items = List.copyOf(items);
        Objects.requireNonNull(nextCursor, "nextCursor");
    }
}
