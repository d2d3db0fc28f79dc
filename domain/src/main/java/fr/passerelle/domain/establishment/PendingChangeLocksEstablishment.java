package fr.passerelle.domain.establishment;

import fr.passerelle.domain.shared.DomainException;

/**
 * While staff have not decided on a change request, the employer may not change the establishment further: staff
 * must decide on the data they were shown.
 */
public final class PendingChangeLocksEstablishment {

    private PendingChangeLocksEstablishment() {
    }

    public static void check(EstablishmentStatus status) {
        if (status == EstablishmentStatus.CHANGE_PENDING) {
            throw new DomainException("ESTABLISHMENT_LOCKED",
                    "Une demande de modification est en cours de validation : l’établissement ne peut pas être modifié d’ici là.");
        }
    }
}
