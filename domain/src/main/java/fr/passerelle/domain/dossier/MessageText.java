package fr.passerelle.domain.dossier;

import fr.passerelle.domain.shared.DomainException;
import fr.passerelle.domain.shared.Text;

/** What a message of a dossier's thread says: never blank, at most {@value #MAX_LENGTH} characters. */
public record MessageText(String value) {

    public static final int MAX_LENGTH = 5000;

    public MessageText {
        value = Text.requireNonBlank(value, "MESSAGE_REQUIRED", "Un message est obligatoire.");
        if (value.length() > MAX_LENGTH) {
            throw new DomainException("MESSAGE_TOO_LONG", "Un message compte au plus " + MAX_LENGTH + " caractères.");
        }
    }
}
