package fr.passerelle.bootstrap.support;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.build.JwtSignatureBuilder;
import io.smallrye.jwt.util.KeyUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** Access tokens signed by the test key, shaped like the realm's tokens, plus the broken ones an attacker would try. */
public final class TestTokens {

    private TestTokens() {
    }

    public static String employer() {
        return claims(TestStack.EMPLOYER_SUBJECT, TestStack.EMPLOYER_EMAIL, TestStack.EMPLOYER_NAME, "employer").sign(signingKey());
    }

    public static String staff() {
        return claims(TestStack.STAFF_SUBJECT, "gestionnaire@demo.passerelle.fr", "Gabriel Lefèvre", "opco-staff").sign(signingKey());
    }

    /** The demo realm's employeur2, ADMIN of another company ("Atelier Petit"). */
    public static String otherCompanyEmployer() {
        return claims(TestStack.OTHER_EMPLOYER_SUBJECT, "employeur2@demo.passerelle.fr", "Marc Petit", "employer").sign(signingKey());
    }

    /** The demo realm's training body user. */
    public static String trainingBody() {
        return claims(TestStack.TRAINING_BODY_SUBJECT, "organisme@demo.passerelle.fr", "Odile Bernard", "training-body").sign(signingKey());
    }

    /** An employer created during the tests (an invited colleague), by the subject Keycloak gave their user. */
    public static String employer(String subject, String email) {
        return claims(subject, email, email, "employer").sign(signingKey());
    }

    /** A training body's user created during the tests (invited by staff), by the subject Keycloak gave their user. */
    public static String trainingBody(String subject, String email) {
        return claims(subject, email, email, "training-body").sign(signingKey());
    }

    public static String withRoles(String... roles) {
        return claims("7e57e12e-0000-4000-8000-00000000000f", "someone@example.fr", "Quelqu'un", roles).sign(signingKey());
    }

    public static String expired() {
        Instant issued = Instant.now().minusSeconds(3_600);
        return claims(TestStack.EMPLOYER_SUBJECT, TestStack.EMPLOYER_EMAIL, TestStack.EMPLOYER_NAME, "employer")
                .issuedAt(issued).expiresAt(issued.plusSeconds(300)).sign(signingKey());
    }

    public static String fromIssuer(String issuer) {
        return claims(TestStack.EMPLOYER_SUBJECT, TestStack.EMPLOYER_EMAIL, TestStack.EMPLOYER_NAME, "employer")
                .issuer(issuer).sign(signingKey());
    }

    public static String forAudience(String audience) {
        return claims(TestStack.EMPLOYER_SUBJECT, TestStack.EMPLOYER_EMAIL, TestStack.EMPLOYER_NAME, "employer")
                .audience(audience).sign(signingKey());
    }

    /** Same key id as the test key, but signed by a key nobody published. */
    public static String signedByUnknownKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return claims(TestStack.EMPLOYER_SUBJECT, TestStack.EMPLOYER_EMAIL, TestStack.EMPLOYER_NAME, "employer")
                    .jws().keyId(TestStack.TEST_KEY_ID).sign(generator.generateKeyPair().getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token that claims to need no signature at all. */
    public static String unsigned() {
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        String header = encoder.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = encoder.encodeToString(("{\"iss\":\"" + TestStack.ISSUER + "\",\"aud\":\"" + TestStack.AUDIENCE
                + "\",\"sub\":\"" + TestStack.EMPLOYER_SUBJECT + "\",\"exp\":" + Instant.now().plusSeconds(300).getEpochSecond()
                + ",\"realm_access\":{\"roles\":[\"employer\"]}}").getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + ".";
    }

    private static SignableClaims claims(String subject, String email, String name, String... roles) {
        JwtClaimsBuilder builder = Jwt.claims()
                .issuer(TestStack.ISSUER)
                .audience(TestStack.AUDIENCE)
                .subject(subject)
                .claim("email", email)
                .claim("name", name)
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .expiresIn(300);
        return new SignableClaims(builder);
    }

    private static PrivateKey signingKey() {
        try {
            return KeyUtils.decodePrivateKey(Files.readString(TestStack.SIGNING_KEY));
        } catch (IOException e) {
            throw new UncheckedIOException("The test stack has not written its signing key yet", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private record SignableClaims(JwtClaimsBuilder builder) {

        SignableClaims issuer(String issuer) {
            builder.issuer(issuer);
            return this;
        }

        SignableClaims audience(String audience) {
            builder.audience(audience);
            return this;
        }

        SignableClaims issuedAt(Instant issuedAt) {
            builder.issuedAt(issuedAt);
            return this;
        }

        SignableClaims expiresAt(Instant expiresAt) {
            builder.expiresAt(expiresAt);
            return this;
        }

        JwtSignatureBuilder jws() {
            return builder.jws();
        }

        String sign(PrivateKey key) {
            return builder.jws().keyId(TestStack.TEST_KEY_ID).sign(key);
        }
    }
}
