package fr.passerelle.application.dossier;

import fr.passerelle.domain.dossier.DossierAction;
import fr.passerelle.domain.dossier.DossierSnapshot;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/** A dossier as one caller sees it, with the commands that caller may perform now. */
public record DossierView(DossierSnapshot dossier, long version, Instant updatedAt, Set<DossierAction> allowedActions) {

    public DossierView {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(updatedAt, "updatedAt");
        allowedActions = Set.copyOf(allowedActions);
    }
}
