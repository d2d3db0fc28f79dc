package fr.passerelle.application.document;

import java.io.InputStream;
import java.util.Objects;

/** A document's content as stored, with the name it was uploaded under; the receiver closes the stream. */
public record DocumentDownload(String fileName, DocumentFile file, InputStream content) {

    public DocumentDownload {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(content, "content");
    }
}
