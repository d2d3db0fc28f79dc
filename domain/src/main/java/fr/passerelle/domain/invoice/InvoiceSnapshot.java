package fr.passerelle.domain.invoice;

import fr.passerelle.domain.dossier.DossierId;
import fr.passerelle.domain.shared.HistoryEntry;
import fr.passerelle.domain.shared.Money;
import fr.passerelle.domain.shared.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public record InvoiceSnapshot(
        InvoiceId id,
        DossierId dossierId,
        Issuer issuer,
        InvoiceNumber number,
        Money amount,
        InvoiceStatus status,
        Optional<String> staffComment,
        Optional<PaymentId> paymentId,
        UserId submittedBy,
        Instant submittedAt,
        List<HistoryEntry<InvoiceStatus, InvoiceAction>> history) {

    public InvoiceSnapshot {
        history = List.copyOf(history);
    }
}
