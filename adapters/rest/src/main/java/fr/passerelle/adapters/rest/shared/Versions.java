package fr.passerelle.adapters.rest.shared;

import fr.passerelle.application.dossier.DossierRef;
import fr.passerelle.application.shared.MalformedInputException;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A resource's version over HTTP: a strong entity tag {@code "<version>"}. {@code If-Match} names the version the
 * caller read; a weak tag is read the same way, and {@code *} (or no header) asks for no check.
 */
public final class Versions {

    private static final Pattern TAG = Pattern.compile("(?:W/)?\"(\\d{1,18})\"");

    private Versions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    public static DossierRef ref(String number, String ifMatch) {
        return new DossierRef(number, expected(ifMatch));
    }

    /** The version an {@code If-Match} names; none for no header or {@code *}. */
    public static Optional<Long> expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return Optional.empty();
        }
        Matcher matcher = TAG.matcher(ifMatch.strip());
        if (!matcher.matches()) {
            throw new MalformedInputException("L'en-tête If-Match doit reprendre l'ETag de la ressource, par exemple \"3\".");
        }
        return Optional.of(Long.parseLong(matcher.group(1)));
    }
}
