package fr.passerelle.application.identity;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The authenticated user or partner system behind a request, as the identity provider vouches for it.
 * Which establishments it may act on is not part of it: that lives in Passerelle's own records.
 */
public record Caller(String subject, String email, String displayName, Set<Role> roles) {

    public Caller {
        Objects.requireNonNull(subject, "subject");
        if (subject.isBlank()) {
            throw new IllegalArgumentException("A caller needs a subject");
        }
        email = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        displayName = displayName == null || displayName.isBlank() ? email : displayName.trim();
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
