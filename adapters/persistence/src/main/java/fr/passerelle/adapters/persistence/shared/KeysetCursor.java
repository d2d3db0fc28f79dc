package fr.passerelle.adapters.persistence.shared;

import fr.passerelle.application.shared.MalformedInputException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/** Where a page of a keyset-paginated list ends: the sort instant and the id of its last row, as an opaque string. */
public record KeysetCursor(Instant at, UUID id) {

    private static final String MALFORMED = "Ce curseur de pagination n’est pas valide : reprenez la liste depuis le début.";

    public String encode() {
        String plain = at.getEpochSecond() + ":" + at.getNano() + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    public static KeysetCursor decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":");
            if (parts.length != 3) {
                throw new MalformedInputException(MALFORMED);
            }
            return new KeysetCursor(Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])), UUID.fromString(parts[2]));
        } catch (IllegalArgumentException | java.time.DateTimeException malformed) {
            throw new MalformedInputException(MALFORMED);
        }
    }
}
