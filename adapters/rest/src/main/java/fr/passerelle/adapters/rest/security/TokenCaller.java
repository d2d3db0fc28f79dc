package fr.passerelle.adapters.rest.security;

import fr.passerelle.application.identity.Caller;
import fr.passerelle.application.identity.Role;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;
import java.util.stream.Collectors;

/** Reads the caller out of a verified access token. Roles the application does not know are dropped. */
public final class TokenCaller {

    private TokenCaller() {
    }

    public static Caller from(JsonWebToken token) {
        String displayName = Optional.ofNullable(token.<String>getClaim("name"))
                .or(() -> Optional.ofNullable(token.<String>getClaim("preferred_username")))
                .orElse(null);
        return new Caller(
                token.getSubject(),
                token.getClaim("email"),
                displayName,
                token.getGroups().stream()
                        .map(Role::fromRealmName)
                        .flatMap(Optional::stream)
                        .collect(Collectors.toUnmodifiableSet()));
    }
}
