package fr.passerelle.adapters.rest.invoice;

import fr.passerelle.adapters.rest.invoice.InvoiceResponses.InvoiceResponse;
import fr.passerelle.adapters.rest.problem.InvalidFieldsException;
import fr.passerelle.adapters.rest.problem.Problem.FieldError;
import fr.passerelle.adapters.rest.security.TokenCaller;
import fr.passerelle.adapters.rest.shared.MultipartFile;
import fr.passerelle.adapters.rest.shared.Versions;
import fr.passerelle.application.identity.Role;
import fr.passerelle.application.invoice.InvoiceView;
import fr.passerelle.application.invoice.IssueInvoices;
import fr.passerelle.application.invoice.IssueInvoices.Deposit;
import fr.passerelle.application.shared.MalformedInputException;
import fr.passerelle.domain.shared.Money;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The deposit of an invoice on a dossier, by the employer or, under subrogation, by the training body. */
@Path("/api/v1/dossiers/{number}/invoices")
@Produces(MediaType.APPLICATION_JSON)
class DossierInvoiceResource {

    private final IssueInvoices issuer;
    private final JsonWebToken token;

    DossierInvoiceResource(IssueInvoices issuer, JsonWebToken token) {
        this.issuer = issuer;
        this.token = token;
    }

    /** The PDF arrives in a temporary file (quarkus-rest multipart), which the use case reads as a stream. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Role.Names.EMPLOYER, Role.Names.TRAINING_BODY})
    public Response deposit(@PathParam("number") String dossier, @RestForm("number") String number,
                            @RestForm("invoiceDate") String invoiceDate, @RestForm("amount") String amount,
                            @RestForm("file") FileUpload file) {
        if (file == null) {
            throw new MalformedInputException("Joignez la facture (champ « file »).");
        }
        List<FieldError> errors = new ArrayList<>();
        Optional<LocalDate> date = InvoiceForms.date(invoiceDate, errors);
        Optional<Money> money = InvoiceForms.money(amount, errors);
        if (number == null || number.isBlank()) {
            errors.add(new FieldError("number", "INVALID_INVOICE_NUMBER", "Le numéro de facture est obligatoire."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
        InvoiceView view = issuer.deposit(TokenCaller.from(token), new Deposit(dossier, number, date.orElseThrow(), money.orElseThrow(),
                new MultipartFile(file)));
        return Response.created(UriBuilder.fromPath("/api/v1/invoices/{id}").build(view.invoice().snapshot().id().value()))
                .header(HttpHeaders.ETAG, Versions.etag(view.invoice().version()))
                .entity(InvoiceResponse.from(view))
                .build();
    }

}
