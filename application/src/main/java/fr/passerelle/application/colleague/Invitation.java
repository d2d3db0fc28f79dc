package fr.passerelle.application.colleague;

import java.util.Objects;

/**
 * The invited account, and whether the identity provider could send its invitation email. When it could not, the
 * account stands all the same; the inviter is told to ask for the email again later.
 */
public record Invitation(ColleagueView colleague, boolean emailSent) {

    public Invitation {
        Objects.requireNonNull(colleague, "colleague");
    }
}
