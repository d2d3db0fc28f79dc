package fr.passerelle.application.reminder;

import fr.passerelle.domain.shared.Siret;
import fr.passerelle.domain.shared.Text;

import java.util.Objects;
import java.util.Optional;

/** "I forgot my login": the SIRET of my establishment and my name, as the public form asks them. */
public record IdentifierReminderRequest(Siret siret, String lastName, Optional<String> firstName) {

    public IdentifierReminderRequest {
        Objects.requireNonNull(siret, "siret");
        lastName = Text.requireNonBlank(lastName, "INVALID_PERSON_NAME", "Le nom est obligatoire.");
        firstName = Objects.requireNonNull(firstName, "firstName").filter(name -> !name.isBlank()).map(String::strip);
    }
}
