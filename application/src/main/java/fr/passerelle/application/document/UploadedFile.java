package fr.passerelle.application.document;

import java.io.IOException;
import java.io.InputStream;

/** A file received from a caller, kept aside (never whole in memory) and read as many times as needed. */
public interface UploadedFile {

    /** The name the caller gave it, a hint only. */
    String fileName();

    long size();

    InputStream open() throws IOException;
}
