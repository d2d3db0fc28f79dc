package fr.passerelle.bootstrap.me;

import fr.passerelle.bootstrap.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static fr.passerelle.bootstrap.support.ContractValidation.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The parser the bearer-token authentication uses remembers what it verified (the decorator is in place). */
@QuarkusTest
class RememberedTokensTest {

    @Inject
    JWTParser parser;

    @Test
    void a_token_is_verified_once_then_recognised() throws ParseException {
        String token = TestTokens.staff();

        assertThat(parser.parse(token)).isSameAs(parser.parse(token));
    }

    @Test
    void a_refused_token_is_refused_each_time_it_comes_back() {
        String token = TestTokens.forAudience("another-api");

        for (int attempt = 0; attempt < 2; attempt++) {
            assertThatThrownBy(() -> parser.parse(token)).isInstanceOf(ParseException.class);
            api(token).get("/api/v1/me").then().statusCode(401);
        }
    }
}
