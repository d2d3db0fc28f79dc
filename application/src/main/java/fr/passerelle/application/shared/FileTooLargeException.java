package fr.passerelle.application.shared;

/** An uploaded file larger than Passerelle keeps. */
public class FileTooLargeException extends RuntimeException {

    public FileTooLargeException(String message) {
        super(message);
    }
}
