package fr.passerelle.application.document;

import fr.passerelle.domain.shared.DocumentId;

import java.io.InputStream;
import java.util.Map;
import java.util.Optional;

/**
 * Outbound port: the bytes of stored files (dossier documents, bank account proofs). A stored file is never changed;
 * a dossier's documents are never deleted once it is sent, nor the proof of a bank account.
 */
public interface DocumentStore {

    /** Stores the file's content, read from {@code content} as a stream, in the caller's transaction. */
    void store(DocumentOwner owner, DocumentFile file, InputStream content);

    /** What is stored for this owner. */
    Map<DocumentId, DocumentFile> filesOf(DocumentOwner owner);

    /** The content of one file of this owner; the caller closes the stream. */
    Optional<InputStream> open(DocumentOwner owner, DocumentId document);
}
