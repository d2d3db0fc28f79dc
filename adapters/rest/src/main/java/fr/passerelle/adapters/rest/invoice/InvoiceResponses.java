package fr.passerelle.adapters.rest.invoice;

import fr.passerelle.application.invoice.InvoiceSummary;
import fr.passerelle.application.invoice.InvoiceView;
import fr.passerelle.application.invoice.StoredInvoice;
import fr.passerelle.application.shared.Page;
import fr.passerelle.domain.invoice.InvoiceAction;
import fr.passerelle.domain.invoice.InvoiceSnapshot;
import fr.passerelle.domain.invoice.InvoiceStatus;
import fr.passerelle.domain.invoice.Issuer;
import fr.passerelle.domain.invoice.PaymentId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Invoices and payees over the wire: the domain's values, mapped one by one. */
final class InvoiceResponses {

    private InvoiceResponses() {
    }

    record IssuerResponse(String kind, UUID establishmentId, String siret) {

        static IssuerResponse from(Issuer issuer) {
            if (issuer instanceof Issuer.Employer employer) {
                return new IssuerResponse("EMPLOYER", employer.establishmentId().value(), null);
            }
            return new IssuerResponse("TRAINING_BODY", null, ((Issuer.TrainingBody) issuer).siret().value());
        }
    }

    record HistoryLine(InvoiceAction action, InvoiceStatus from, InvoiceStatus to, Instant at, String reason) {
    }

    record InvoiceResponse(UUID id, String dossierNumber, String dossierTitle, IssuerResponse issuer, String number,
                           LocalDate invoiceDate, String amount, InvoiceStatus status, String statusLabel, String staffComment,
                           UUID paymentId, String fileName, Instant submittedAt, Instant updatedAt, List<InvoiceAction> allowedActions,
                           List<HistoryLine> history) {

        static InvoiceResponse from(InvoiceView view) {
            StoredInvoice stored = view.invoice();
            InvoiceSnapshot invoice = stored.snapshot();
            return new InvoiceResponse(invoice.id().value(), stored.dossierNumber().value(), stored.dossierTitle(),
                    IssuerResponse.from(invoice.issuer()), invoice.number().value(), stored.details().invoiceDate(),
                    invoice.amount().toString(), invoice.status(), invoice.status().label(), invoice.staffComment().orElse(null),
                    invoice.paymentId().map(PaymentId::value).orElse(null), stored.details().fileName(), invoice.submittedAt(),
                    stored.updatedAt(), view.allowedActions().stream().sorted().toList(),
                    invoice.history().stream().map(entry -> new HistoryLine(entry.action(), entry.from(), entry.to(), entry.at(),
                            entry.reason().orElse(null))).toList());
        }
    }

    record InvoiceSummaryResponse(UUID id, String dossierNumber, String dossierTitle, IssuerResponse issuer, String number,
                                  LocalDate invoiceDate, String amount, InvoiceStatus status, String statusLabel, Instant updatedAt) {

        static InvoiceSummaryResponse from(InvoiceSummary summary) {
            return new InvoiceSummaryResponse(summary.id().value(), summary.dossierNumber().value(), summary.dossierTitle(),
                    IssuerResponse.from(summary.issuer()), summary.number().value(), summary.invoiceDate(), summary.amount().toString(),
                    summary.status(), summary.status().label(), summary.updatedAt());
        }
    }

    record InvoicePageResponse(List<InvoiceSummaryResponse> items, String nextCursor) {

        static InvoicePageResponse from(Page<InvoiceSummary> page) {
            return new InvoicePageResponse(page.items().stream().map(InvoiceSummaryResponse::from).toList(), page.nextCursor().orElse(null));
        }
    }
}
