package fr.passerelle.adapters.rest.security;

import io.smallrye.jwt.auth.principal.ParseException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifiedTokensTest {

    private static final long EXP = 1_800_000_000L;

    private Instant now = Instant.ofEpochSecond(EXP - 300);
    private final List<String> verifications = new ArrayList<>();

    private JsonWebToken verify(String token) throws ParseException {
        verifications.add(token);
        if (token.startsWith("forged")) {
            throw new ParseException("bad signature");
        }
        return new Token(token, token.startsWith("no-exp") ? null : EXP);
    }

    private VerifiedTokens tokens(int capacity) {
        return new VerifiedTokens(() -> now, capacity);
    }

    @Test
    void a_token_seen_again_is_not_verified_again_while_it_is_unexpired() throws ParseException {
        VerifiedTokens tokens = tokens(10);

        JsonWebToken first = tokens.verified("a", this::verify);
        JsonWebToken second = tokens.verified("a", this::verify);

        assertThat(second).isSameAs(first);
        assertThat(verifications).containsExactly("a");
    }

    @Test
    void another_text_is_verified_on_its_own() throws ParseException {
        VerifiedTokens tokens = tokens(10);

        tokens.verified("a", this::verify);
        tokens.verified("a ", this::verify);

        assertThat(verifications).containsExactly("a", "a ");
    }

    @Test
    void an_expired_token_is_handed_back_to_the_verifier_which_decides() throws ParseException {
        VerifiedTokens tokens = tokens(10);
        tokens.verified("a", this::verify);

        now = Instant.ofEpochSecond(EXP);
        tokens.verified("a", this::verify);

        assertThat(verifications).containsExactly("a", "a");
        assertThat(tokens.size()).isEqualTo(1);
    }

    @Test
    void a_failed_verification_is_not_remembered() {
        VerifiedTokens tokens = tokens(10);

        for (int attempt = 0; attempt < 2; attempt++) {
            assertThatThrownBy(() -> tokens.verified("forged", this::verify)).isInstanceOf(ParseException.class);
        }

        assertThat(verifications).containsExactly("forged", "forged");
        assertThat(tokens.size()).isZero();
    }

    @Test
    void a_token_without_expiry_is_verified_every_time() throws ParseException {
        VerifiedTokens tokens = tokens(10);

        tokens.verified("no-exp", this::verify);
        tokens.verified("no-exp", this::verify);

        assertThat(verifications).containsExactly("no-exp", "no-exp");
    }

    @Test
    void memory_stays_within_its_capacity() throws ParseException {
        VerifiedTokens tokens = tokens(3);

        for (int token = 0; token < 10; token++) {
            tokens.verified("t" + token, this::verify);
            assertThat(tokens.size()).isLessThanOrEqualTo(3);
        }
        tokens.verified("t9", this::verify);

        assertThat(verifications).hasSize(10);
    }

    private record Token(String name, Long exp) implements JsonWebToken {

        @Override
        public String getName() {
            return name;
        }

        @Override
        public Set<String> getClaimNames() {
            return exp == null ? Set.of() : Set.of("exp");
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claim) {
            return (T) Map.of("exp", exp == null ? 0L : exp).get(claim);
        }
    }
}
