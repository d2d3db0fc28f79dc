package fr.passerelle.application.invoice;


import java.util.List;
import java.util.Objects;

/** A payment with the invoices it pays. */
public record PaymentView(StoredPayment payment, List<StoredInvoice> invoices) {

    public PaymentView {
        Objects.requireNonNull(payment, "payment");
        invoices = List.copyOf(invoices);
    }
}
