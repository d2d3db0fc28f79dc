package fr.passerelle.application.shared;

/** The caller acted on a version of the resource that is no longer the current one (a stale {@code If-Match}). */
public class VersionMismatchException extends RuntimeException {

    public VersionMismatchException(long expected, long current) {
        super("La ressource a changé depuis votre lecture (version " + expected + ", version actuelle " + current
                + ") : rechargez-la avant de recommencer.");
    }
}
