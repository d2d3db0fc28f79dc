package fr.passerelle.adapters.rest.problem;

import fr.passerelle.application.registration.RegistrationInvalidException;
import fr.passerelle.domain.dossier.DossierValidationException;
import fr.passerelle.domain.shared.DomainException;

import java.util.Locale;
import java.util.Set;

/**
 * How a business refusal reads over HTTP. The domain's code is the problem's code, unchanged: 403 when the caller
 * may not perform the action at all, 409 when the resource's current state does not allow it, 422 for any other
 * business rule.
 */
final class DomainProblems {

    private static final String TYPE_BASE = "https://passerelle.example/problems/";

    /** Refusals that depend on the resource's state, which another command may change. */
    private static final Set<String> STATE_CONFLICTS = Set.of(
            "DOSSIER_NOT_EDITABLE", "DOSSIER_NOT_DELETABLE", "DOCUMENT_REMOVAL_FORBIDDEN", "DOSSIER_CLOSED_TO_DOCUMENTS",
            "DOSSIER_ALREADY_IN_REVIEW", "REQUEST_PENDING", "NO_PENDING_REQUEST", "REQUESTED_DOCUMENTS_MISSING",
            "TERMINATION_NOT_APPLICABLE", "ESTABLISHMENT_CLOSED",
            // establishments, bank accounts, link requests (issue 5)
            "ESTABLISHMENT_LOCKED", "LINK_REQUEST_ALREADY_PENDING", "ALREADY_LINKED",
            // Accounts: another account's state decides.
            "LAST_ADMIN",
            // Messages of a dossier (issue 6): a draft or a closed dossier takes no message.
            "DOSSIER_CLOSED_TO_MESSAGES");

    private DomainProblems() {
    }

    static int statusOf(DomainException exception) {
        String code = exception.code();
        if (code.endsWith("_ACTION_FORBIDDEN")) {
            return 403;
        }
        if (code.endsWith("_TRANSITION_NOT_ALLOWED") || STATE_CONFLICTS.contains(code)) {
            return 409;
        }
        return 422;
    }

    static Problem problemOf(DomainException exception, String instance) {
        int status = statusOf(exception);
        String title = switch (status) {
            case 403 -> "Action non autorisée";
            case 409 -> "Action impossible dans l'état actuel";
            default -> "Règle métier non respectée";
        };
        Problem problem = new Problem(TYPE_BASE + exception.code().toLowerCase(Locale.ROOT).replace('_', '-'), title, status,
                exception.code(), exception.getMessage(), instance, null);
        if (exception instanceof RegistrationInvalidException invalid) {
            return problem.withErrors(invalid.violations().stream()
                    .map(violation -> new Problem.FieldError(violation.field(), violation.code(), violation.message()))
                    .toList());
        }
        if (exception instanceof DossierValidationException invalid) {
            return problem.withErrors(invalid.violations().stream()
                    .map(violation -> new Problem.FieldError(fieldOf(violation.field()), violation.code(), violation.message()))
                    .toList());
        }
        return problem;
    }

    /** The domain names fields within the dossier's content, except the scheme, which is the dossier's own. */
    private static String fieldOf(String domainField) {
        return "scheme".equals(domainField) ? domainField : "content." + domainField;
    }
}
