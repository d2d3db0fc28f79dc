package fr.passerelle.domain.shared;

import java.util.regex.Pattern;

/** A French postal address. */
public record Address(String street, String postalCode, String city) {

    private static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}");

    public Address {
        street = Text.requireNonBlank(street, "INVALID_ADDRESS", "La voie de l’adresse est obligatoire.");
        city = Text.requireNonBlank(city, "INVALID_ADDRESS", "La commune de l’adresse est obligatoire.");
        if (postalCode == null || !POSTAL_CODE.matcher(postalCode.strip()).matches()) {
            throw new DomainException("INVALID_ADDRESS", "Le code postal « " + postalCode + " » doit comporter 5 chiffres.");
        }
        postalCode = postalCode.strip();
    }

    public static Address of(String street, String postalCode, String city) {
        return new Address(street, postalCode, city);
    }
}
