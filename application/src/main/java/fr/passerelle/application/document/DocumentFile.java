package fr.passerelle.application.document;

import fr.passerelle.domain.shared.DocumentId;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/** What Passerelle knows of a stored file: its type, detected from the content, its size and its SHA-256 (hex). */
public record DocumentFile(DocumentId id, String contentType, long size, String sha256) {

    public DocumentFile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** The description of content Passerelle wrote itself (a letter), whose type it knows. */
    public static DocumentFile of(DocumentId id, String contentType, byte[] content) {
        try {
            String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
            return new DocumentFile(id, contentType, content.length, sha256);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform implements SHA-256", e);
        }
    }
}
