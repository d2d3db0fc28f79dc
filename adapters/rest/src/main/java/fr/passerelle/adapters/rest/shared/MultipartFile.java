package fr.passerelle.adapters.rest.shared;

import fr.passerelle.application.document.UploadedFile;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;

/** A multipart part as quarkus-rest received it: already written to a temporary file, read back as a stream. */
public record MultipartFile(FileUpload upload) implements UploadedFile {

    @Override
    public String fileName() {
        return upload.fileName() == null ? "" : upload.fileName();
    }

    @Override
    public long size() {
        return upload.size();
    }

    @Override
    public InputStream open() throws IOException {
        return Files.newInputStream(upload.uploadedFile());
    }
}
