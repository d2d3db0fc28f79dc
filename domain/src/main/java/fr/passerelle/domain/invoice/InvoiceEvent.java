package fr.passerelle.domain.invoice;

import fr.passerelle.domain.dossier.DossierId;
import fr.passerelle.domain.shared.DomainEvent;
import fr.passerelle.domain.shared.Money;
import fr.passerelle.domain.shared.UserId;

import java.time.Instant;
import java.util.Optional;

public sealed interface InvoiceEvent extends DomainEvent {

    InvoiceId invoiceId();

    record Submitted(InvoiceId invoiceId, DossierId dossierId, Issuer issuer, InvoiceNumber number, Money amount,
                     UserId by, Instant at) implements InvoiceEvent {
    }

    record Transitioned(InvoiceId invoiceId, InvoiceAction action, InvoiceStatus from, InvoiceStatus to,
                        Optional<String> reason, UserId by, Instant at) implements InvoiceEvent {
    }
}
