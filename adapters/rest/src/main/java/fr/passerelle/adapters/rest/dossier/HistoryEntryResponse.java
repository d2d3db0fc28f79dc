package fr.passerelle.adapters.rest.dossier;

import fr.passerelle.application.dossier.HistoryLine;
import fr.passerelle.domain.dossier.DossierAction;
import fr.passerelle.domain.dossier.DossierStatus;

import java.time.Instant;

record HistoryEntryResponse(Instant at, String by, DossierStatus from, DossierStatus to, DossierAction action, String reason) {

    static HistoryEntryResponse from(HistoryLine line) {
        return new HistoryEntryResponse(line.at(), line.by(), line.from(), line.to(), line.action(), line.reason().orElse(null));
    }
}
