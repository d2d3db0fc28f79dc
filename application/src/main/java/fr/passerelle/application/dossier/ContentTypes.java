package fr.passerelle.application.dossier;

import java.util.Optional;

/** Outbound port: the media type of a file, read from its content; empty when it is not a type Passerelle accepts. */
public interface ContentTypes {

    Optional<String> acceptedTypeOf(UploadedFile file);
}
