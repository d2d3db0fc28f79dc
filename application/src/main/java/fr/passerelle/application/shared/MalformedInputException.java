package fr.passerelle.application.shared;

/** A command or query that cannot even be read: a parameter out of range, a cursor that was not given by us. */
public class MalformedInputException extends RuntimeException {

    public MalformedInputException(String message) {
        super(message);
    }
}
