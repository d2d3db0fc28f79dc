package fr.passerelle.domain.establishment;

/** How an actor stands towards one establishment. */
public enum EstablishmentRole {
    /** An employer holding MANAGE_COMPANY on the establishment. */
    MANAGER,
    STAFF
}
