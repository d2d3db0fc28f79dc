package fr.passerelle.application.document;

import fr.passerelle.domain.shared.DocumentId;

import java.util.Objects;

/** What Passerelle knows of a stored file: its type, detected from the content, its size and its SHA-256 (hex). */
public record DocumentFile(DocumentId id, String contentType, long size, String sha256) {

    public DocumentFile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(sha256, "sha256");
    }
}
