package fr.passerelle.domain.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/** A bank's identifier (ISO 9362): bank, country, location and an optional branch; 8 or 11 characters. */
public record Bic(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");

    public Bic {
        value = value == null ? "" : value.replace(" ", "").toUpperCase(Locale.ROOT);
        if (!FORMAT.matcher(value).matches()) {
            throw new DomainException("INVALID_BIC", "Le BIC « " + value + " » n’est pas valide (8 ou 11 caractères).");
        }
    }

    public static Bic of(String value) {
        return new Bic(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
