package fr.passerelle.application.document;

import java.util.Optional;
import java.util.Set;

/** Outbound port: the media type of a file, read from its content; empty when it is not a type Passerelle accepts. */
public interface ContentTypes {

    String PDF = "application/pdf";
    String PNG = "image/png";
    String JPEG = "image/jpeg";

    /** Every type this port may answer: what a dossier document may be. */
    Set<String> DOCUMENTS = Set.of(PDF, PNG, JPEG, "text/csv",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.oasis.opendocument.text");

    /** A scan or an export of a bank statement: what a proof of bank account may be. */
    Set<String> PDF_OR_IMAGE = Set.of(PDF, PNG, JPEG);

    Optional<String> acceptedTypeOf(UploadedFile file);
}
