package fr.passerelle.application.dossier;

import fr.passerelle.domain.dossier.DossierSnapshot;

import java.time.Instant;
import java.util.Objects;

/** A dossier as stored: its state, the version optimistic locking checks, and when it last changed. */
public record StoredDossier(DossierSnapshot snapshot, long version, Instant updatedAt) {

    public StoredDossier {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
