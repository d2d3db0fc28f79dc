package fr.passerelle.adapters.rest.account;

import java.util.List;
import java.util.UUID;

/** The bodies of the account commands, as they travel. Fields a caller may not set have no place here. */
final class AccountRequests {

    private AccountRequests() {
    }

    /**
     * Exactly one of {@code establishments} (rights per establishment), {@code inImageOf} (an account to copy) or
     * {@code trainingBody} (staff only: a training body's user, by the training body's SIRET).
     */
    record NewUser(String email, String lastName, String firstName, List<EstablishmentRights> establishments, UUID inImageOf,
                   TrainingBodyRef trainingBody) {
    }

    record TrainingBodyRef(String siret) {
    }

    record EstablishmentRights(UUID establishmentId, List<String> rights) {
    }

    record Rights(List<String> rights) {
    }

    record Reason(String reason) {
    }

    record AdminHandover(UUID establishmentId, Boolean keepMine) {
    }

    record EstablishmentRef(UUID establishmentId) {
    }

    record ProfileChange(String contactEmail, String phone, UUID preferredEstablishmentId) {
    }

    record IdentifierReminderBody(String siret, String lastName, String firstName) {
    }
}
