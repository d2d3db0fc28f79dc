package fr.passerelle.domain.dossier;

import fr.passerelle.domain.shared.DomainException;

import java.util.regex.Pattern;

/** The number under which employers and staff talk about a dossier: 9 digits. */
public record DossierNumber(String value) {

    private static final Pattern NINE_DIGITS = Pattern.compile("\\d{9}");

    public DossierNumber {
        if (value == null || !NINE_DIGITS.matcher(value).matches()) {
            throw new DomainException("INVALID_DOSSIER_NUMBER", "Le numéro de dossier « " + value + " » doit comporter 9 chiffres.");
        }
    }

    public static DossierNumber of(String value) {
        return new DossierNumber(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
