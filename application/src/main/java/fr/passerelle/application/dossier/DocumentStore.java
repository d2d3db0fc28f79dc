package fr.passerelle.application.dossier;

import fr.passerelle.domain.dossier.DossierId;
import fr.passerelle.domain.shared.DocumentId;

import java.io.InputStream;
import java.util.Map;
import java.util.Optional;

/** Outbound port: the bytes of the dossiers' documents. Nothing stored here is ever deleted once the dossier is sent. */
public interface DocumentStore {

    /** Stores the file's content, read from {@code content} as a stream, in the caller's transaction. */
    void store(DossierId dossier, DocumentFile file, InputStream content);

    /** What is stored for the documents of a dossier. */
    Map<DocumentId, DocumentFile> filesOf(DossierId dossier);

    /** The content of one document of the dossier; the caller closes the stream. */
    Optional<InputStream> open(DossierId dossier, DocumentId document);
}
