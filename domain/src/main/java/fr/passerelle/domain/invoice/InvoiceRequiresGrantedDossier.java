package fr.passerelle.domain.invoice;

import fr.passerelle.domain.dossier.Dossier;
import fr.passerelle.domain.dossier.DossierStatus;
import fr.passerelle.domain.shared.DomainException;

/** Only what the OPCO granted can be invoiced. */
public final class InvoiceRequiresGrantedDossier {

    private InvoiceRequiresGrantedDossier() {
    }

    public static void check(Dossier dossier) {
        if (dossier.status() != DossierStatus.GRANTED) {
            throw new DomainException("DOSSIER_NOT_GRANTED",
                    "Seul un dossier accordé peut être facturé (ce dossier est « " + dossier.status().label() + " »).");
        }
    }
}
