package fr.passerelle.domain.shared;

import java.util.regex.Pattern;

/**
 * An establishment's identifier: its company's SIREN followed by 5 digits, the whole with a Luhn checksum. La Poste's
 * establishments are too many for the Luhn rule: theirs are valid when the sum of their digits is a multiple of 5.
 */
public record Siret(String value) {

    private static final Pattern FOURTEEN_DIGITS = Pattern.compile("\\d{14}");

    public Siret {
        value = value == null ? "" : value.replace(" ", "");
        if (!FOURTEEN_DIGITS.matcher(value).matches() || !isValidChecksum(value)) {
            throw new DomainException("INVALID_SIRET", "Le SIRET « " + value + " » n’est pas valide (14 chiffres et clé de contrôle).");
        }
    }

    public static Siret of(String value) {
        return new Siret(value);
    }

    public Siren siren() {
        return new Siren(value.substring(0, 9));
    }

    public boolean belongsTo(Siren siren) {
        return siren().equals(siren);
    }

    private static boolean isValidChecksum(String digits) {
        if (!isValidSiren(digits.substring(0, 9))) {
            return false;
        }
        return Luhn.isValid(digits) || digits.startsWith(Siren.LA_POSTE) && Luhn.digitSum(digits) % 5 == 0;
    }

    private static boolean isValidSiren(String digits) {
        try {
            new Siren(digits);
            return true;
        } catch (DomainException invalid) {
            return false;
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
