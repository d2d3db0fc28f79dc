package fr.passerelle.application.dossier;

import fr.passerelle.application.document.UploadedFile;
import fr.passerelle.application.identity.Caller;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Inbound port: the early end of an apprenticeship or professionalisation contract, declared by the employer or the
 * training body, with the date, the reason and the signed form.
 */
public interface DeclareTermination {

    record Termination(DossierRef dossier, LocalDate endDate, String reason, UploadedFile signedForm) {

        public Termination {
            Objects.requireNonNull(dossier, "dossier");
            Objects.requireNonNull(endDate, "endDate");
            Objects.requireNonNull(signedForm, "signedForm");
        }
    }

    DossierView declare(Caller caller, Termination termination);
}
