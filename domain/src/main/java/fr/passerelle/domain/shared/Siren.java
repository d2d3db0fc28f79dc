package fr.passerelle.domain.shared;

import java.util.regex.Pattern;

/** A company's identifier in the French register: 9 digits with a Luhn checksum. */
public record Siren(String value) {

    /** La Poste's SIREN passes the Luhn check; its establishments' SIRETs do not (see {@link Siret}). */
    static final String LA_POSTE = "356000000";

    private static final Pattern NINE_DIGITS = Pattern.compile("\\d{9}");

    public Siren {
        value = value == null ? "" : value.replace(" ", "");
        if (!NINE_DIGITS.matcher(value).matches() || !Luhn.isValid(value)) {
            throw new DomainException("INVALID_SIREN", "Le SIREN « " + value + " » n’est pas valide (9 chiffres et clé de contrôle).");
        }
    }

    public static Siren of(String value) {
        return new Siren(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
