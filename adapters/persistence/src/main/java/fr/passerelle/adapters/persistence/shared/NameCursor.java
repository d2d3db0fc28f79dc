package fr.passerelle.adapters.persistence.shared;

import fr.passerelle.application.shared.MalformedInputException;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Where a page of a list sorted by names ends: the last row's names (e.g. last then first name) and id, as an opaque
 * string.
 */
public record NameCursor(List<String> names, UUID id) {

    private static final String SEPARATOR = "\u001F";
    private static final String MALFORMED = "Ce curseur de pagination n’est pas valide : reprenez la liste depuis le début.";

    public NameCursor {
        names = List.copyOf(names);
    }

    public String encode() {
        List<String> parts = new ArrayList<>(names);
        parts.add(id.toString());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(String.join(SEPARATOR, parts).getBytes(StandardCharsets.UTF_8));
    }

    /** @param nameCount how many names the list sorts by: a cursor of another list is refused */
    public static NameCursor decode(String cursor, int nameCount) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(SEPARATOR, -1);
            if (parts.length != nameCount + 1) {
                throw new MalformedInputException(MALFORMED);
            }
            return new NameCursor(Arrays.asList(parts).subList(0, nameCount), UUID.fromString(parts[nameCount]));
        } catch (IllegalArgumentException malformed) {
            throw new MalformedInputException(MALFORMED);
        }
    }
}
