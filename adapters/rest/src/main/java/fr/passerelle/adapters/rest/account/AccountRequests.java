package fr.passerelle.adapters.rest.account;

import java.util.List;
import java.util.UUID;

/** The bodies of the account commands, as they travel. Fields a caller may not set have no place here. */
final class AccountRequests {

    private AccountRequests() {
    }

    /** Either {@code establishments} (rights per establishment) or {@code inImageOf} (an account to copy). */
    record NewUser(String email, String lastName, String firstName, List<EstablishmentRights> establishments, UUID inImageOf) {
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
