package fr.passerelle.adapters.rest.dossier;

import fr.passerelle.application.shared.MalformedInputException;
import fr.passerelle.domain.shared.DomainException;

import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;

/** Optional request parameters (query or form), read into domain values; a malformed one is a 400 that names it. */
public final class Parameters {

    private Parameters() {
    }

    public static <T> Optional<T> parse(String name, String text, Function<String, T> parse) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse.apply(text.strip()));
        } catch (IllegalArgumentException | DateTimeParseException | DomainException malformed) {
            throw new MalformedInputException("Le paramètre « " + name + " » n'est pas valide.");
        }
    }
}
