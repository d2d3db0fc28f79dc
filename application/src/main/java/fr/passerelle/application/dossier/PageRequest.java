package fr.passerelle.application.dossier;

import fr.passerelle.application.shared.MalformedInputException;

import java.util.Objects;
import java.util.Optional;

/**
 * Which page of a list: at most {@value #MAX_LIMIT} items after the opaque cursor of the previous page.
 *
 * @param cursor the {@code nextCursor} of the previous page, exactly as it was given
 */
public record PageRequest(int limit, Optional<String> cursor) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new MalformedInputException("Le nombre d’éléments par page doit être compris entre 1 et " + MAX_LIMIT + ".");
        }
        Objects.requireNonNull(cursor, "cursor");
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, Optional.empty());
    }
}
