package fr.passerelle.application.document;

import fr.passerelle.application.shared.FileTooLargeException;
import fr.passerelle.application.shared.UnsupportedFileTypeException;
import fr.passerelle.domain.shared.DocumentId;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Set;

/**
 * How every uploaded file enters the store: refused over the size limit, typed by its content (never by its name),
 * checksummed, then streamed into the store. The file is read as a stream, once for its checksum and size, once for
 * its type, once into the store: it is never held whole in memory.
 */
public final class DocumentIntake {

    private final DocumentStore store;
    private final ContentTypes contentTypes;
    private final long maxSize;

    public DocumentIntake(DocumentStore store, ContentTypes contentTypes, long maxSize) {
        if (maxSize <= 0) {
            throw new IllegalArgumentException("The maximum size of a document must be positive");
        }
        this.store = Objects.requireNonNull(store);
        this.contentTypes = Objects.requireNonNull(contentTypes);
        this.maxSize = maxSize;
    }

    /** Refuses, before anything else is done, a file whose announced size is over the limit. */
    public void requireWithinLimit(UploadedFile upload) {
        if (upload.size() > maxSize) {
            throw FileTooLargeException.over(maxSize);
        }
    }

    /**
     * Stores the file for its owner under {@code id}, provided its content is of one of the {@code accepted} types.
     *
     * @param refusal what the user reads when the content is of another type: which types to send instead
     */
    public DocumentFile store(DocumentOwner owner, DocumentId id, UploadedFile upload, Set<String> accepted, String refusal) {
        requireWithinLimit(upload);
        String contentType = contentTypes.acceptedTypeOf(upload)
                .filter(accepted::contains)
                .orElseThrow(() -> new UnsupportedFileTypeException(refusal));
        DocumentFile file = checksummed(id, contentType, upload);
        try (InputStream content = upload.open()) {
            store.store(owner, file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private DocumentFile checksummed(DocumentId id, String contentType, UploadedFile upload) {
        MessageDigest sha256 = sha256();
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream content = new DigestInputStream(upload.open(), sha256)) {
            for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
                size += read;
                if (size > maxSize) {
                    throw FileTooLargeException.over(maxSize);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DocumentFile(id, contentType, size, HexFormat.of().formatHex(sha256.digest()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform implements SHA-256", e);
        }
    }
}
