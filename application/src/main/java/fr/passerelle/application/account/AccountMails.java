package fr.passerelle.application.account;

import fr.passerelle.domain.shared.Email;
import fr.passerelle.domain.shared.PersonName;

import java.util.Objects;

/** Outbound port: the emails Passerelle itself sends about accounts (the identity provider sends its own). */
public interface AccountMails {

    /** Tells the owner of an account which login they use; sent to the contact address on file, nowhere else. */
    void sendIdentifierReminder(IdentifierReminder reminder);

    record IdentifierReminder(Email to, Email login, PersonName name, String establishmentName) {

        public IdentifierReminder {
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(login, "login");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(establishmentName, "establishmentName");
        }
    }
}
