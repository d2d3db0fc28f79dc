package fr.passerelle.application.invoice;

import fr.passerelle.domain.invoice.Issuer;
import fr.passerelle.domain.invoice.PaymentId;
import fr.passerelle.domain.invoice.PaymentStatus;
import fr.passerelle.domain.shared.Money;

import java.time.Instant;

/** One line of the payments list ("Règlements"). */
public record PaymentSummary(PaymentId id, Issuer payee, String payeeName, Money amount, int invoiceCount, PaymentStatus status,
                             Instant orderedAt) {
}
