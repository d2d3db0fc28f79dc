package fr.passerelle.application.establishment;

import fr.passerelle.domain.establishment.EstablishmentSnapshot;

import java.util.Objects;

/** An establishment as stored, with the version optimistic locking checks. */
public record StoredEstablishment(EstablishmentSnapshot snapshot, long version) {

    public StoredEstablishment {
        Objects.requireNonNull(snapshot, "snapshot");
    }
}
