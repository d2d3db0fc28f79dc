package fr.passerelle.domain.invoice;

import fr.passerelle.domain.shared.DomainEvent;
import fr.passerelle.domain.shared.Iban;
import fr.passerelle.domain.shared.Money;
import fr.passerelle.domain.shared.UserId;

import java.time.Instant;
import java.util.List;

public sealed interface PaymentEvent extends DomainEvent {

    PaymentId paymentId();

    record Ordered(PaymentId paymentId, Issuer payee, List<InvoiceId> invoices, Money amount, Iban iban, UserId by,
                   Instant at) implements PaymentEvent {
    }

    record Transitioned(PaymentId paymentId, PaymentAction action, PaymentStatus from, PaymentStatus to, UserId by,
                        Instant at) implements PaymentEvent {
    }
}
