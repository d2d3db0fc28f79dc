package fr.passerelle.domain.invoice;

import fr.passerelle.domain.shared.DomainException;

/** The number the issuer gave the invoice in its own books. */
public record InvoiceNumber(String value) {

    private static final int MAX_LENGTH = 30;

    public InvoiceNumber {
        value = value == null ? "" : value.strip();
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new DomainException("INVALID_INVOICE_NUMBER",
                    "Le numéro de facture est obligatoire et compte au plus " + MAX_LENGTH + " caractères.");
        }
    }

    public static InvoiceNumber of(String value) {
        return new InvoiceNumber(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
