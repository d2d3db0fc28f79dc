package fr.passerelle.application.dossier;

import fr.passerelle.application.document.DocumentFile;
import fr.passerelle.domain.dossier.DossierAction;
import fr.passerelle.domain.dossier.DossierSnapshot;
import fr.passerelle.domain.shared.DocumentId;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A dossier as one caller sees it, with the commands that caller may perform now.
 *
 * @param files what is stored of its documents' files (type, size, checksum), by document
 */
public record DossierView(DossierSnapshot dossier, long version, Instant updatedAt, Set<DossierAction> allowedActions,
                          Map<DocumentId, DocumentFile> files) {

    public DossierView {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(updatedAt, "updatedAt");
        allowedActions = Set.copyOf(allowedActions);
        files = Map.copyOf(files);
    }

    public DossierView(DossierSnapshot dossier, long version, Instant updatedAt, Set<DossierAction> allowedActions) {
        this(dossier, version, updatedAt, allowedActions, Map.of());
    }
}
