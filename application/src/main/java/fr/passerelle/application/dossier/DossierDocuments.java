package fr.passerelle.application.dossier;

import fr.passerelle.application.document.UploadedFile;
import fr.passerelle.application.document.DocumentDownload;
import fr.passerelle.domain.dossier.DocumentType;
import fr.passerelle.application.identity.Caller;
import fr.passerelle.domain.shared.DocumentId;

import java.util.Objects;
import java.util.Optional;

/** Inbound port: attaching files to a dossier and reading them back. */
public interface DossierDocuments {

    /**
     * Attaches the file, or a new version of the document it {@code replaces}.
     *
     * @throws fr.passerelle.application.shared.FileTooLargeException beyond the configured size
     * @throws fr.passerelle.application.shared.UnsupportedFileTypeException when the content is of no accepted type
     */
    DossierView attach(Caller caller, Attach command);

    DocumentDownload download(Caller caller, String number, DocumentId document);

    record Attach(DossierRef dossier, DocumentType type, UploadedFile file, Optional<DocumentId> replaces) {

        public Attach {
            Objects.requireNonNull(dossier, "dossier");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(replaces, "replaces");
        }
    }
}
