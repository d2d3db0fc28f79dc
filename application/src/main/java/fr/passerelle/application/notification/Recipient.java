package fr.passerelle.application.notification;

import fr.passerelle.domain.shared.Email;
import fr.passerelle.domain.shared.UserId;

import java.util.Objects;

/** An account to notify, and the contact address its emails go to. */
public record Recipient(UserId account, Email contactEmail) {

    public Recipient {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(contactEmail, "contactEmail");
    }
}
