package fr.passerelle.domain.account;

/** How an actor stands towards one account. */
public enum UserAccountRole {
    /** The account's owner. */
    SELF,
    STAFF,
    /** Another user holding ADMIN on an establishment the account is linked to. */
    COMPANY_ADMIN,
    SYSTEM
}
