package fr.passerelle.application.document;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

/** An uploaded file of a use-case test, its content in memory. */
public record BytesUpload(String fileName, byte[] content) implements UploadedFile {

    @Override
    public long size() {
        return content.length;
    }

    @Override
    public InputStream open() {
        return new ByteArrayInputStream(content);
    }
}
