package fr.passerelle.domain.shared;

import java.util.regex.Pattern;

/** A training body's declaration of activity number (numéro de déclaration d’activité): 11 digits. */
public record Nda(String value) {

    private static final Pattern ELEVEN_DIGITS = Pattern.compile("\\d{11}");

    public Nda {
        value = value == null ? "" : value.replace(" ", "");
        if (!ELEVEN_DIGITS.matcher(value).matches()) {
            throw new DomainException("INVALID_NDA", "Le numéro de déclaration d’activité « " + value + " » doit comporter 11 chiffres.");
        }
    }

    public static Nda of(String value) {
        return new Nda(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
