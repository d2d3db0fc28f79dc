package fr.passerelle.application.registration;

import java.util.List;

/**
 * What a newcomer typed in the registration form, as typed: the service reads every field and reports every problem
 * at once, so the form can show them all next to their fields.
 *
 * @param sirets the establishments to join, by SIRET, in the order of the form (its errors name them by position)
 */
public record Register(String email, String firstName, String lastName, String phone, String password, List<String> sirets) {

    public Register {
        sirets = sirets == null ? List.of() : sirets.stream().map(siret -> siret == null ? "" : siret).toList();
    }

    /** The password never shows in a log. */
    @Override
    public String toString() {
        return "Register[email=" + email + ", firstName=" + firstName + ", lastName=" + lastName + ", phone=" + phone
                + ", password=******, sirets=" + sirets + "]";
    }
}
