package fr.passerelle.application.shared;

/** An uploaded file whose content is not of an accepted type, whatever its name says. */
public class UnsupportedFileTypeException extends RuntimeException {

    public UnsupportedFileTypeException(String message) {
        super(message);
    }
}
