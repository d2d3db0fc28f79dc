package fr.passerelle.adapters.persistence.dossier;

import fr.passerelle.application.shared.MalformedInputException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/** Where a page of a list sorted by name ends: the last row's names and id, as an opaque string. */
public record NameCursor(String lastName, String firstName, UUID id) {

    private static final String SEPARATOR = "\u001F";
    private static final String MALFORMED = "Ce curseur de pagination n’est pas valide : reprenez la liste depuis le début.";

    public String encode() {
        String plain = String.join(SEPARATOR, lastName, firstName, id.toString());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    public static NameCursor decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(SEPARATOR, -1);
            if (parts.length != 3) {
                throw new MalformedInputException(MALFORMED);
            }
            return new NameCursor(parts[0], parts[1], UUID.fromString(parts[2]));
        } catch (IllegalArgumentException malformed) {
            throw new MalformedInputException(MALFORMED);
        }
    }
}
