package fr.passerelle.application.registration;

import fr.passerelle.domain.shared.DomainException;
import fr.passerelle.domain.shared.Violation;

import java.util.List;

/** The registration form has problems; each violation names its field as the request body does. */
public class RegistrationInvalidException extends DomainException {

    private final transient List<Violation> violations;

    public RegistrationInvalidException(List<Violation> violations) {
        super("REGISTRATION_INVALID", "Certaines informations ne permettent pas de créer le compte : corrigez les champs signalés.");
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
