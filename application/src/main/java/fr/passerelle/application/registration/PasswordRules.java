package fr.passerelle.application.registration;

import fr.passerelle.domain.shared.Email;
import fr.passerelle.domain.shared.Violation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a chosen password must be, said to the newcomer before they type it. Length is what protects a password
 * best (ANSSI, NIST SP 800-63B); composition rules add little and are left out. The embedded realm sets no
 * password policy of its own, because its demo users' password is {@code demo}: in production, set the realm's
 * policy to the same rules ({@code length(12) and maxLength(128) and notEmail}) so that a reset obeys them too.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    public static final String STATED = "Au moins " + MIN_LENGTH + " caractères (une phrase de passe convient très bien), "
            + "au plus " + MAX_LENGTH + ", sans reprendre votre adresse e-mail.";

    private PasswordRules() {
    }

    static List<Violation> check(String field, String password, Optional<Email> login) {
        List<Violation> problems = new ArrayList<>();
        String value = password == null ? "" : password;
        int length = value.codePointCount(0, value.length());
        if (value.isBlank()) {
            problems.add(new Violation(field, "PASSWORD_REQUIRED", "Choisissez un mot de passe. " + STATED));
        } else if (length < MIN_LENGTH) {
            problems.add(new Violation(field, "PASSWORD_TOO_SHORT",
                    "Le mot de passe doit compter au moins " + MIN_LENGTH + " caractères (il en a " + length + ")."));
        } else if (length > MAX_LENGTH) {
            problems.add(new Violation(field, "PASSWORD_TOO_LONG",
                    "Le mot de passe doit compter au plus " + MAX_LENGTH + " caractères."));
        }
        login.filter(email -> value.toLowerCase(Locale.ROOT).contains(email.value()))
                .ifPresent(email -> problems.add(new Violation(field, "PASSWORD_CONTAINS_EMAIL",
                        "Le mot de passe ne doit pas contenir votre adresse e-mail.")));
        return problems;
    }
}
