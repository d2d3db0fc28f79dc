package fr.passerelle.domain.account;

/** What a user may do on one establishment (habilitation). */
public enum Right {
    VIEW_DOSSIERS,
    MANAGE_DOSSIERS,
    MANAGE_INVOICES,
    MANAGE_EMPLOYEES,
    VIEW_REPORTING,
    MANAGE_COMPANY,
    ADMIN
}
