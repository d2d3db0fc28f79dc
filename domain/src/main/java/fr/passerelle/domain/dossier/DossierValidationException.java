package fr.passerelle.domain.dossier;

import fr.passerelle.domain.shared.DomainException;
import fr.passerelle.domain.shared.Violation;

import java.util.List;

/** Submission refused: every problem found, each on its field, so that the employer can fix them all in one go. */
public class DossierValidationException extends DomainException {

    private final transient List<Violation> violations;

    public DossierValidationException(List<Violation> violations) {
        super("DOSSIER_INVALID", "Le dossier ne peut pas être déposé : " + violations.size() + " point(s) à corriger.");
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
