package fr.passerelle.application.dossier;

import fr.passerelle.application.document.ContentTypes;
import fr.passerelle.application.document.DocumentFile;
import fr.passerelle.application.document.DocumentOwner;
import fr.passerelle.application.document.DocumentStore;
import fr.passerelle.application.dossier.DecisionLetter.Decision;
import fr.passerelle.application.dossier.DecisionLetter.Granted;
import fr.passerelle.application.dossier.DecisionLetter.Refused;
import fr.passerelle.application.establishment.Establishments;
import fr.passerelle.domain.account.Actor;
import fr.passerelle.domain.dossier.Dossier;
import fr.passerelle.domain.dossier.DossierStatus;
import fr.passerelle.domain.dossier.Training;
import fr.passerelle.domain.establishment.Establishment;
import fr.passerelle.domain.shared.DocumentId;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes the letter of a dossier just granted or refused and attaches it, its file in the store and its document in
 * the dossier, in the caller's transaction: whatever fails here fails the decision with it.
 */
final class DecisionLetterFiling {

    private static final ZoneId OPCO_TIME_ZONE = ZoneId.of("Europe/Paris");

    private final DocumentStore files;
    private final Establishments establishments;
    private final DecisionLetters letters;

    DecisionLetterFiling(DocumentStore files, Establishments establishments, DecisionLetters letters) {
        this.files = Objects.requireNonNull(files);
        this.establishments = Objects.requireNonNull(establishments);
        this.letters = Objects.requireNonNull(letters);
    }

    /** @param at when the decision was taken: the letter's date */
    void attach(Dossier dossier, Actor staff, Instant at) {
        Decision decision;
        String kind;
        if (dossier.status() == DossierStatus.GRANTED) {
            decision = new Granted(dossier.grantedAmount().orElseThrow());
            kind = "accord";
        } else if (dossier.status() == DossierStatus.REFUSED) {
            decision = new Refused(dossier.refusalReason().orElseThrow());
            kind = "refus";
        } else {
            throw new IllegalStateException("Dossier " + dossier.number().value() + " is neither granted nor refused");
        }
        Establishment establishment = establishments.find(dossier.establishmentId())
                .orElseThrow(() -> new IllegalStateException("The establishment of dossier " + dossier.number().value() + " is missing"));
        Training training = dossier.content().training();
        byte[] pdf = letters.write(new DecisionLetter(dossier.number(), establishment.name(), establishment.siret(),
                establishment.address(), dossier.scheme(), Optional.ofNullable(training.title()),
                Optional.ofNullable(training.startDate()), Optional.ofNullable(training.endDate()),
                Optional.ofNullable(dossier.content().amountRequested()), decision, LocalDate.ofInstant(at, OPCO_TIME_ZONE)));
        DocumentFile file = DocumentFile.of(new DocumentId(UUID.randomUUID()), ContentTypes.PDF, pdf);
        files.store(DocumentOwner.of(dossier.id()), file, new ByteArrayInputStream(pdf));
        dossier.attachDecisionLetter(staff, at, file.id(), "Courrier-" + kind + "-" + dossier.number().value() + ".pdf");
    }
}
