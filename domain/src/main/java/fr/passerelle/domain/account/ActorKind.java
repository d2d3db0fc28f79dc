package fr.passerelle.domain.account;

/** The side a person acts for. */
public enum ActorKind {
    /** Someone working for a member company, acting on the establishments they have rights on. */
    EMPLOYER,
    /** The OPCO's own staff. */
    STAFF,
    /** Someone working for a training body, identified by its SIRET. */
    TRAINING_BODY,
    /** A financing partner: may read what it is shown, never acts on a dossier. */
    PARTNER,
    /** The platform itself, applying an automatic rule. */
    SYSTEM
}
