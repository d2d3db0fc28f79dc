package fr.passerelle.application.shared;

/** Someone else changed the resource while this command was running; nothing of this command was kept. */
public class ConcurrentUpdateException extends RuntimeException {

    public ConcurrentUpdateException() {
        super("Une autre modification vient d’être enregistrée sur cette ressource : rechargez-la avant de recommencer.");
    }
}
