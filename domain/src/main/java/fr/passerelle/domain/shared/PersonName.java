package fr.passerelle.domain.shared;

/** A person's last and first names, as they appear on official documents. */
public record PersonName(String lastName, String firstName) {

    public PersonName {
        lastName = Text.requireNonBlank(lastName, "INVALID_PERSON_NAME", "Le nom est obligatoire.");
        firstName = Text.requireNonBlank(firstName, "INVALID_PERSON_NAME", "Le prénom est obligatoire.");
    }

    public static PersonName of(String lastName, String firstName) {
        return new PersonName(lastName, firstName);
    }
}
