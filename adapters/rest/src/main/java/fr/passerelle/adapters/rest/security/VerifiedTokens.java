package fr.passerelle.adapters.rest.security;

import io.smallrye.jwt.auth.principal.ParseException;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Instant;
import java.time.InstantSource;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens already verified, by their exact text, until they expire. The same text is the same signed statement,
 * so verifying it again (an RSA signature check per request) would only reach the same answer. A token whose
 * verification failed is never remembered, and a remembered one is served only while the clock is before its
 * {@code exp}, without any leeway.
 *
 * <p>The memory is bounded: when full, expired tokens are dropped, and if that frees nothing, everything is.
 */
final class VerifiedTokens {

    @FunctionalInterface
    interface Verifier {
        JsonWebToken verify(String token) throws ParseException;
    }

    private final InstantSource clock;
    private final int capacity;
    private final Map<String, JsonWebToken> byText = new ConcurrentHashMap<>();

    VerifiedTokens(InstantSource clock, int capacity) {
        this.clock = Objects.requireNonNull(clock);
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
    }

    JsonWebToken verified(String token, Verifier verifier) throws ParseException {
        Instant now = clock.instant();
        JsonWebToken known = byText.get(token);
        if (known != null && unexpiredAt(known, now)) {
            return known;
        }
        JsonWebToken fresh = verifier.verify(token);
        if (unexpiredAt(fresh, now)) {
            remember(token, fresh, now);
        }
        return fresh;
    }

    int size() {
        return byText.size();
    }

    private void remember(String token, JsonWebToken verified, Instant now) {
        if (byText.size() >= capacity) {
            byText.values().removeIf(remembered -> !unexpiredAt(remembered, now));
            if (byText.size() >= capacity) {
                byText.clear();
            }
        }
        byText.put(token, verified);
    }

    /** A token without {@code exp} reads as expired: it is verified each time. */
    private static boolean unexpiredAt(JsonWebToken token, Instant now) {
        return now.getEpochSecond() < token.getExpirationTime();
    }
}
