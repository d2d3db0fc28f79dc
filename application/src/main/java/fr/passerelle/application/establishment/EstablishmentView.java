package fr.passerelle.application.establishment;

import fr.passerelle.application.document.DocumentFile;
import fr.passerelle.domain.establishment.EstablishmentAction;
import fr.passerelle.domain.establishment.EstablishmentSnapshot;
import fr.passerelle.domain.shared.DocumentId;
import fr.passerelle.domain.shared.UserId;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An establishment as one caller sees it, with the commands that caller may perform now.
 *
 * @param bankDetailsShown whether the caller reads IBANs in full and may download the proofs (staff and users with
 *                         {@code MANAGE_COMPANY}); others read masked IBANs only
 * @param proofs           what is stored of the bank accounts' proofs, for those who may download them
 * @param names            the display names of the users named in the change requests
 */
public record EstablishmentView(EstablishmentSnapshot establishment, long version, Set<EstablishmentAction> allowedActions,
                                boolean bankDetailsShown, Map<DocumentId, DocumentFile> proofs, Map<UserId, String> names) {

    public EstablishmentView {
        Objects.requireNonNull(establishment, "establishment");
        allowedActions = Set.copyOf(allowedActions);
        proofs = Map.copyOf(proofs);
        names = Map.copyOf(names);
    }
}
