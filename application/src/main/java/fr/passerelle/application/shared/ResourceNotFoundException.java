package fr.passerelle.application.shared;

/**
 * The resource does not exist, or the caller may not see it: both read the same, so that nobody learns that
 * something exists which is not theirs.
 */
public class ResourceNotFoundException extends RuntimeException {

    public ResourceNotFoundException(String message) {
        super(message);
    }
}
