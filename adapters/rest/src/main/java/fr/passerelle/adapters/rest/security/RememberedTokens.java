package fr.passerelle.adapters.rest.security;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.InstantSource;

/**
 * The bearer token of each request is verified once per token, not once per request (see {@link VerifiedTokens}).
 * The SPA and partner systems send the same token for minutes; its signature check was the largest single cost of a
 * dossier fetch. Only {@link JWTParser#parse(String)}, the method the bearer-token authentication calls, is remembered.
 */
@Decorator
@Priority(10)
abstract class RememberedTokens implements JWTParser {

    /**
     * The realm's tokens live 5 minutes, so this is 10,000 tokens issued within 5 minutes: far more than the
     * extranet's users and partners ask for. Each weighs a few kilobytes (its text and its claims).
     */
    private static final int CAPACITY = 10_000;

    @Inject
    @Delegate
    JWTParser parser;

    private final VerifiedTokens verified = new VerifiedTokens(InstantSource.system(), CAPACITY);

    @Override
    public JsonWebToken parse(String bearerToken) throws ParseException {
        return verified.verified(bearerToken, parser::parse);
    }
}
