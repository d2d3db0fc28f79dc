package fr.passerelle.adapters.rest.invoice;

import fr.passerelle.adapters.rest.invoice.InvoiceResponses.IssuerResponse;
import fr.passerelle.adapters.rest.security.TokenCaller;
import fr.passerelle.adapters.rest.shared.ContentDisposition;
import fr.passerelle.adapters.rest.shared.Pages;
import fr.passerelle.application.identity.Role;
import fr.passerelle.application.invoice.OrderPayments;
import fr.passerelle.application.invoice.PaymentQueries;
import fr.passerelle.application.invoice.PaymentQueries.AdviceFile;
import fr.passerelle.application.invoice.PaymentSummary;
import fr.passerelle.application.invoice.PaymentView;
import fr.passerelle.application.invoice.StoredInvoice;
import fr.passerelle.application.shared.MalformedInputException;
import fr.passerelle.application.shared.Page;
import fr.passerelle.domain.invoice.PaymentSnapshot;
import fr.passerelle.domain.invoice.PaymentStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** "Règlements": staff pay validated invoices; payees read their payments and download the remittance advice. */
@Path("/api/v1/payments")
@Produces(MediaType.APPLICATION_JSON)
class PaymentResource {

    record NewPayment(List<String> invoiceIds) {
    }

    record PaidInvoice(UUID id, String dossierNumber, String dossierTitle, String number, LocalDate invoiceDate, String amount) {

        static PaidInvoice from(StoredInvoice invoice) {
            return new PaidInvoice(invoice.snapshot().id().value(), invoice.dossierNumber().value(), invoice.dossierTitle(),
                    invoice.snapshot().number().value(), invoice.details().invoiceDate(), invoice.snapshot().amount().toString());
        }
    }

    record PaymentResponse(UUID id, IssuerResponse payee, String payeeName, String amount, String maskedIban, String bic,
                           PaymentStatus status, Instant orderedAt, List<PaidInvoice> invoices) {

        static PaymentResponse from(PaymentView view) {
            PaymentSnapshot payment = view.payment().snapshot();
            return new PaymentResponse(payment.id().value(), IssuerResponse.from(payment.payee()), view.payment().payeeName(),
                    payment.amount().toString(), payment.iban().masked(), payment.bic().value(), payment.status(), payment.orderedAt(),
                    view.invoices().stream().map(PaidInvoice::from).toList());
        }
    }

    record PaymentSummaryResponse(UUID id, IssuerResponse payee, String payeeName, String amount, int invoiceCount,
                                  PaymentStatus status, Instant orderedAt) {

        static PaymentSummaryResponse from(PaymentSummary summary) {
            return new PaymentSummaryResponse(summary.id().value(), IssuerResponse.from(summary.payee()), summary.payeeName(),
                    summary.amount().toString(), summary.invoiceCount(), summary.status(), summary.orderedAt());
        }
    }

    record PaymentPageResponse(List<PaymentSummaryResponse> items, String nextCursor) {

        static PaymentPageResponse from(Page<PaymentSummary> page) {
            return new PaymentPageResponse(page.items().stream().map(PaymentSummaryResponse::from).toList(), page.nextCursor().orElse(null));
        }
    }

    private final OrderPayments orders;
    private final PaymentQueries queries;
    private final JsonWebToken token;

    PaymentResource(OrderPayments orders, PaymentQueries queries, JsonWebToken token) {
        this.orders = orders;
        this.queries = queries;
        this.token = token;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.OPCO_STAFF)
    public Response order(NewPayment body) {
        if (body == null || body.invoiceIds() == null) {
            throw new MalformedInputException("Indiquez les factures à payer (invoiceIds).");
        }
        PaymentView view = orders.order(TokenCaller.from(token), body.invoiceIds());
        return Response.created(UriBuilder.fromPath("/api/v1/payments/{id}").build(view.payment().snapshot().id().value()))
                .entity(PaymentResponse.from(view))
                .build();
    }

    @GET
    @RolesAllowed({Role.Names.EMPLOYER, Role.Names.TRAINING_BODY, Role.Names.OPCO_STAFF})
    public PaymentPageResponse search(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return PaymentPageResponse.from(queries.search(TokenCaller.from(token), Pages.request(limit, cursor)));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.Names.EMPLOYER, Role.Names.TRAINING_BODY, Role.Names.OPCO_STAFF})
    public PaymentResponse get(@PathParam("id") String id) {
        return PaymentResponse.from(queries.view(TokenCaller.from(token), id));
    }

    @GET
    @Path("/{id}/remittance-advice")
    @Produces("application/pdf")
    @RolesAllowed({Role.Names.EMPLOYER, Role.Names.TRAINING_BODY, Role.Names.OPCO_STAFF})
    public Response remittanceAdvice(@PathParam("id") String id) {
        AdviceFile advice = queries.remittanceAdvice(TokenCaller.from(token), id);
        return Response.ok(advice.content(), "application/pdf")
                .header(HttpHeaders.CONTENT_LENGTH, advice.content().length)
                .header("Content-Disposition", ContentDisposition.attachment(advice.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
