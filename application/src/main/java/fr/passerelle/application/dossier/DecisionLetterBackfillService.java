package fr.passerelle.application.dossier;

import fr.passerelle.application.document.DocumentStore;
import fr.passerelle.application.establishment.Establishments;
import fr.passerelle.domain.account.Actor;
import fr.passerelle.domain.dossier.DocumentType;
import fr.passerelle.domain.dossier.Dossier;
import fr.passerelle.domain.dossier.DossierAction;
import fr.passerelle.domain.dossier.DossierNumber;
import fr.passerelle.domain.dossier.DossierStatus;
import fr.passerelle.domain.shared.HistoryEntry;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

public final class DecisionLetterBackfillService implements DecisionLetterBackfill {

    private final Dossiers dossiers;
    private final DecisionLetterFiling letterFiling;

    public DecisionLetterBackfillService(Dossiers dossiers, DocumentStore files, Establishments establishments, DecisionLetters letters) {
        this.dossiers = Objects.requireNonNull(dossiers);
        this.letterFiling = new DecisionLetterFiling(files, establishments, letters);
    }

    @Override
    public int backfill(List<DossierNumber> numbers) {
        int written = 0;
        for (DossierNumber number : numbers) {
            Optional<StoredDossier> stored = dossiers.find(number);
            Optional<HistoryEntry<DossierStatus, DossierAction>> decision = stored.flatMap(DecisionLetterBackfillService::decisionWithoutLetter);
            if (decision.isPresent()) {
                Dossier dossier = Dossier.restore(stored.get().snapshot());
                letterFiling.attach(dossier, Actor.staff(decision.get().by()), decision.get().at());
                dossiers.update(dossier.snapshot(), stored.get().version(), decision.get().at());
                written++;
            }
        }
        return written;
    }

    /** The grant or refusal that put the dossier in its current state, if it still waits for its letter. */
    private static Optional<HistoryEntry<DossierStatus, DossierAction>> decisionWithoutLetter(StoredDossier stored) {
        Dossier dossier = Dossier.restore(stored.snapshot());
        boolean decided = dossier.status() == DossierStatus.GRANTED || dossier.status() == DossierStatus.REFUSED;
        if (!decided || dossier.hasCurrentDocument(DocumentType.LETTER)) {
            return Optional.empty();
        }
        List<HistoryEntry<DossierStatus, DossierAction>> history = dossier.history();
        for (int i = history.size() - 1; i >= 0; i--) {
            HistoryEntry<DossierStatus, DossierAction> entry = history.get(i);
            if (entry.action() == DossierAction.GRANT || entry.action() == DossierAction.REFUSE) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }
}
