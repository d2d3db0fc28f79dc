package fr.passerelle.domain.dossier;

/** How an actor stands towards one dossier. */
public enum DossierRole {
    /** An employer holding MANAGE_DOSSIERS on the dossier's establishment. */
    EMPLOYER,
    STAFF,
    /** Someone speaking for the training body named in the dossier. */
    TRAINING_BODY
}
