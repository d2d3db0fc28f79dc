package fr.passerelle.adapters.rest.dossier;

import fr.passerelle.domain.dossier.DocumentType;
import fr.passerelle.domain.dossier.FundingScheme;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The bodies of the dossier commands, as they travel. */
final class DossierRequests {

    private DossierRequests() {
    }

    record NewDossier(UUID establishmentId, FundingScheme scheme) {
    }

    record Reason(String reason) {
    }

    record Message(String message) {
    }

    record GrantRequest(String amount) {
    }

    record DocumentRequestCommand(List<DocumentType> types, LocalDate dueDate, String message) {
    }
}
