package fr.passerelle.application.invoice;

import fr.passerelle.application.dossier.PageRequest;
import fr.passerelle.application.identity.Caller;
import fr.passerelle.application.shared.Page;

/** Inbound port: "Règlements", the payments a caller may see, and their remittance advice. */
public interface PaymentQueries {

    /** A PDF to download and the name to save it under. */
    record AdviceFile(String fileName, byte[] content) {
    }

    Page<PaymentSummary> search(Caller caller, PageRequest page);

    PaymentView view(Caller caller, String paymentId);

    AdviceFile remittanceAdvice(Caller caller, String paymentId);
}
