package fr.passerelle.domain.shared;

import java.util.regex.Pattern;

/**
 * A telephone number as people type it: digits, spaces, dots, dashes, brackets and a leading {@code +}. Kept as
 * typed, spaces trimmed, since it is read by people who call it, never dialled by a program.
 */
public record PhoneNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("\\+?[0-9(][0-9 .()-]{5,22}[0-9]");

    public PhoneNumber {
        value = value == null ? "" : value.strip();
        if (!FORMAT.matcher(value).matches()) {
            throw new DomainException("INVALID_PHONE_NUMBER",
                    "Le numéro de téléphone « " + value + " » n’est pas valide : saisissez par exemple 04 72 00 00 00 ou +33 4 72 00 00 00.");
        }
    }

    public static PhoneNumber of(String value) {
        return new PhoneNumber(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
