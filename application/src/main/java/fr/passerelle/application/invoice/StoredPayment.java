package fr.passerelle.application.invoice;

import fr.passerelle.domain.invoice.PaymentSnapshot;

import java.util.Objects;

/** A payment as stored, with the name of its payee as it was when the payment was ordered. */
public record StoredPayment(PaymentSnapshot snapshot, String payeeName, long version) {

    public StoredPayment {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(payeeName, "payeeName");
    }
}
