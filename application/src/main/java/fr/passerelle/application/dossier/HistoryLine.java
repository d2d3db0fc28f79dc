package fr.passerelle.application.dossier;

import fr.passerelle.domain.dossier.DossierAction;
import fr.passerelle.domain.dossier.DossierStatus;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One entry of a dossier's history, with the name of who acted rather than their id. */
public record HistoryLine(Instant at, String by, DossierStatus from, DossierStatus to, DossierAction action,
                          Optional<String> reason) {

    public HistoryLine {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(reason, "reason");
    }
}
