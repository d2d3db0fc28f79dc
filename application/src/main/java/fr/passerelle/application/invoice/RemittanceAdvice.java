package fr.passerelle.application.invoice;

import fr.passerelle.domain.shared.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What an "avis de paiement" tells its payee: the payment, the account it went to and the invoices it settles.
 *
 * @param maskedIban the IBAN as the payee recognises it without it being readable in full on a forwarded document
 */
public record RemittanceAdvice(String paymentReference, Instant orderedAt, String payeeName, String payeeSiret, String maskedIban,
                               String bic, Money amount, List<Line> lines) {

    public record Line(String dossierNumber, String dossierTitle, String invoiceNumber, LocalDate invoiceDate, Money amount) {
    }

    public RemittanceAdvice {
        Objects.requireNonNull(paymentReference, "paymentReference");
        lines = List.copyOf(lines);
    }
}
