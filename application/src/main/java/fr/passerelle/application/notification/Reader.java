package fr.passerelle.application.notification;

import fr.passerelle.domain.shared.UserId;

import java.util.Objects;

/** Whose notifications: an account's own, and the staff ones too when it reads as staff. */
public record Reader(UserId account, boolean staff) {

    public Reader {
        Objects.requireNonNull(account, "account");
    }
}
