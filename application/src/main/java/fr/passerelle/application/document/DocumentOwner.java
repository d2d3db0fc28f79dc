package fr.passerelle.application.document;

import fr.passerelle.domain.dossier.DossierId;
import fr.passerelle.domain.shared.EstablishmentId;

import java.util.Objects;
import java.util.UUID;

/**
 * What a stored file belongs to: a dossier (its documents) or an establishment (the proofs of its bank accounts).
 * A file is only ever read back through its owner, so that one owner's id never opens another's file.
 */
public record DocumentOwner(Kind kind, UUID id) {

    public enum Kind {
        DOSSIER,
        ESTABLISHMENT
    }

    public DocumentOwner {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static DocumentOwner of(DossierId dossier) {
        return new DocumentOwner(Kind.DOSSIER, dossier.value());
    }

    public static DocumentOwner of(EstablishmentId establishment) {
        return new DocumentOwner(Kind.ESTABLISHMENT, establishment.value());
    }
}
