package fr.passerelle.application.invoice;

import fr.passerelle.application.dossier.PageRequest;
import fr.passerelle.application.shared.MalformedInputException;
import fr.passerelle.application.shared.Page;
import fr.passerelle.domain.invoice.PaymentId;
import fr.passerelle.domain.invoice.PaymentSnapshot;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The payment store of the use-case tests. */
public final class InMemoryPayments implements Payments {

    private final Map<PaymentId, StoredPayment> byId = new LinkedHashMap<>();

    @Override
    public StoredPayment add(PaymentSnapshot payment, String payeeName) {
        StoredPayment stored = new StoredPayment(payment, payeeName, 0);
        byId.put(payment.id(), stored);
        return stored;
    }

    @Override
    public Optional<StoredPayment> find(PaymentId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Page<PaymentSummary> search(InvoiceScope scope, PageRequest page) {
        if (page.cursor().isPresent()) {
            throw new MalformedInputException("The fake store pages nothing");
        }
        return new Page<>(byId.values().stream()
                .filter(stored -> InMemoryInvoices.inScope(stored.snapshot().payee(), scope))
                .sorted(Comparator.comparing((StoredPayment stored) -> stored.snapshot().orderedAt()).reversed())
                .map(stored -> new PaymentSummary(stored.snapshot().id(), stored.snapshot().payee(), stored.payeeName(),
                        stored.snapshot().amount(), stored.snapshot().invoices().size(), stored.snapshot().status(),
                        stored.snapshot().orderedAt()))
                .limit(page.limit())
                .toList(), Optional.empty());
    }
}
