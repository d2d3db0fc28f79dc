package fr.passerelle.domain.invoice;

/** Only the OPCO's staff handle payments. */
public enum PaymentRole {
    STAFF
}
