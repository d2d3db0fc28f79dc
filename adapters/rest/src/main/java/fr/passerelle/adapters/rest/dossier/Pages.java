package fr.passerelle.adapters.rest.dossier;

import fr.passerelle.application.dossier.PageRequest;
import fr.passerelle.application.shared.MalformedInputException;

import java.util.Optional;

/** The {@code limit} and {@code cursor} query parameters of every keyset-paginated list. */
public final class Pages {

    private Pages() {
    }

    public static PageRequest request(String limit, String cursor) {
        int size;
        try {
            size = limit == null || limit.isBlank() ? PageRequest.DEFAULT_LIMIT : Integer.parseInt(limit.strip());
        } catch (NumberFormatException malformed) {
            throw new MalformedInputException("Le paramètre « limit » doit être un nombre entier.");
        }
        return new PageRequest(size, Optional.ofNullable(cursor).filter(text -> !text.isBlank()));
    }
}
