package fr.passerelle.adapters.rest.establishment;

import fr.passerelle.domain.account.Right;

import java.util.List;

/** The bodies of the establishment and link-request commands, as they travel. Nothing else is read from them. */
final class EstablishmentRequests {

    private EstablishmentRequests() {
    }

    record AddressRequest(String street, String postalCode, String city) {
    }

    /** Only what is given changes: a name, a whole address, a SIRET after a move. */
    record ChangeRequestBody(String name, AddressRequest address, String siret) {
    }

    record Reason(String reason) {
    }

    record NewLinkRequest(String siret, String message) {
    }

    record LinkApproval(List<Right> rights) {
    }
}
