package fr.passerelle.domain.dossier;

/** What an employer asks for once the dossier is no longer theirs to change. */
public enum RequestKind {
    MODIFICATION,
    CANCELLATION
}
