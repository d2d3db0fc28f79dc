package fr.passerelle.domain.shared;

import java.util.regex.Pattern;

/**
 * A telephone number to call a user back: a French number of 10 digits (written with or without spaces, dots or
 * dashes, or as +33 followed by 9 digits), or a foreign one (+ and 8 to 15 digits). French numbers are kept
 * in their national form, {@code 0612345678}, so that the same line is always the same value.
 */
public record PhoneNumber(String value) {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-()]");
    private static final Pattern FRENCH = Pattern.compile("0[1-9]\\d{8}");
    private static final Pattern FRENCH_INTERNATIONAL = Pattern.compile("\\+33[1-9]\\d{8}");
    private static final Pattern INTERNATIONAL = Pattern.compile("\\+[1-9]\\d{7,14}");

    public PhoneNumber {
        String compact = value == null ? "" : SEPARATORS.matcher(value).replaceAll("");
        if (FRENCH_INTERNATIONAL.matcher(compact).matches()) {
            compact = "0" + compact.substring(3);
        }
        boolean foreign = !compact.startsWith("+33") && INTERNATIONAL.matcher(compact).matches();
        if (!FRENCH.matcher(compact).matches() && !foreign) {
            throw new DomainException("INVALID_PHONE", "Le numéro de téléphone « " + (value == null ? "" : value.strip())
                    + " » n’est pas valide : saisissez 10 chiffres (06 12 34 56 78) ou un numéro international (+32 …).");
        }
        value = compact;
    }

    public static PhoneNumber of(String value) {
        return new PhoneNumber(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
