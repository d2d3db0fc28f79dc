package fr.passerelle.domain.account;

/** How an actor stands towards one link request. */
public enum LinkRequestRole {
    STAFF,
    /** An ADMIN of the establishment the requester wants to join. */
    ESTABLISHMENT_ADMIN
}
