package fr.passerelle.application.shared;

/** An uploaded file larger than Passerelle keeps. */
public class FileTooLargeException extends RuntimeException {

    private FileTooLargeException(String message) {
        super(message);
    }

    /** The refusal of a file over {@code maxBytes}, in the words users read wherever the limit is met. */
    public static FileTooLargeException over(long maxBytes) {
        return new FileTooLargeException("Ce fichier dépasse la taille maximale de " + maxBytes / (1024 * 1024) + " Mo.");
    }
}
