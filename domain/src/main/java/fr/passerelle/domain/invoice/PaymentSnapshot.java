package fr.passerelle.domain.invoice;

import fr.passerelle.domain.establishment.BankAccountId;
import fr.passerelle.domain.shared.Bic;
import fr.passerelle.domain.shared.HistoryEntry;
import fr.passerelle.domain.shared.Iban;
import fr.passerelle.domain.shared.Money;
import fr.passerelle.domain.shared.UserId;

import java.time.Instant;
import java.util.List;

/** The bank details are copied at ordering: a later change of bank account does not redirect an ordered payment. */
public record PaymentSnapshot(
        PaymentId id,
        Issuer payee,
        List<InvoiceId> invoices,
        Money amount,
        BankAccountId bankAccountId,
        Iban iban,
        Bic bic,
        PaymentStatus status,
        UserId orderedBy,
        Instant orderedAt,
        List<HistoryEntry<PaymentStatus, PaymentAction>> history) {

    public PaymentSnapshot {
        invoices = List.copyOf(invoices);
        history = List.copyOf(history);
    }
}
