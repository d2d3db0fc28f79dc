package fr.passerelle.domain.invoice;

/** How an actor stands towards one invoice. */
public enum InvoiceRole {
    /** Acts for whoever issued the invoice: the employer, or the training body under subrogation. */
    ISSUER,
    STAFF
}
