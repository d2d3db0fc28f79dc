package fr.passerelle.domain.dossier;

import fr.passerelle.domain.shared.DocumentId;
import fr.passerelle.domain.shared.UserId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A file attached to a dossier. Once the dossier is submitted a document is never removed: a new version supersedes
 * it, and both stay.
 */
public record DossierDocument(DocumentId id, DocumentType type, String fileName, int version,
                              Optional<DocumentId> supersedes, boolean superseded, UserId attachedBy, Instant attachedAt) {

    public DossierDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(supersedes, "supersedes");
        Objects.requireNonNull(attachedBy, "attachedBy");
        Objects.requireNonNull(attachedAt, "attachedAt");
    }

    public boolean isCurrent() {
        return !superseded;
    }

    DossierDocument markedSuperseded(boolean isSuperseded) {
        return new DossierDocument(id, type, fileName, version, supersedes, isSuperseded, attachedBy, attachedAt);
    }
}
