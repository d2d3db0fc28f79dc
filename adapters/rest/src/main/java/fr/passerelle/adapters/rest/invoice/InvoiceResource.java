package fr.passerelle.adapters.rest.invoice;

import fr.passerelle.adapters.rest.invoice.InvoiceResponses.InvoicePageResponse;
import fr.passerelle.adapters.rest.invoice.InvoiceResponses.InvoiceResponse;
import fr.passerelle.adapters.rest.problem.InvalidFieldsException;
import fr.passerelle.adapters.rest.problem.Problem.FieldError;
import fr.passerelle.adapters.rest.security.TokenCaller;
import fr.passerelle.adapters.rest.shared.ContentDisposition;
import fr.passerelle.adapters.rest.shared.MultipartFile;
import fr.passerelle.adapters.rest.shared.Pages;
import fr.passerelle.adapters.rest.shared.Parameters;
import fr.passerelle.adapters.rest.shared.Versions;
import fr.passerelle.application.document.DocumentDownload;
import fr.passerelle.application.identity.Caller;
import fr.passerelle.application.identity.Role;
import fr.passerelle.application.invoice.InvoiceQueries;
import fr.passerelle.application.invoice.InvoiceRef;
import fr.passerelle.application.invoice.InvoiceSearch;
import fr.passerelle.application.invoice.InvoiceView;
import fr.passerelle.application.invoice.IssueInvoices;
import fr.passerelle.application.invoice.IssueInvoices.Resubmit;
import fr.passerelle.application.invoice.StaffInvoiceReview;
import fr.passerelle.domain.dossier.DossierNumber;
import fr.passerelle.domain.invoice.InvoiceStatus;
import fr.passerelle.domain.shared.Money;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Invoices, once deposited on their dossier ({@link DossierInvoiceResource}): read, decided on by staff, withdrawn or
 * resubmitted by their issuer. Who may see or act on one is the
 * application's decision; roles here only keep each side to its own commands.
 */
@Path("/api/v1/invoices")
@Produces(MediaType.APPLICATION_JSON)
class InvoiceResource {

    private static final String IF_MATCH = "If-Match";

    record Reason(String reason) {
    }

    record Message(String message) {
    }

    private final IssueInvoices issuer;
    private final StaffInvoiceReview staff;
    private final InvoiceQueries queries;
    private final JsonWebToken token;

    InvoiceResource(IssueInvoices issuer, StaffInvoiceReview staff, InvoiceQueries queries, JsonWebToken token) {
        this.issuer = issuer;
        this.staff = staff;
        this.queries = queries;
        this.token = token;
    }

    private Caller caller() {
        return TokenCaller.from(token);
    }

    @GET
    @RolesAllowed({Role.Names.EMPLOYER, Role.Names.TRAINING_BODY, Role.Names.OPCO_STAFF})
    public InvoicePageResponse search(@QueryParam("status") String status, @QueryParam("dossierNumber") String dossierNumber,
                                      @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return InvoicePageResponse.from(queries.search(caller(), new InvoiceSearch(
                Parameters.parse("status", status, InvoiceStatus::valueOf),
                Parameters.parse("dossierNumber", dossierNumber, DossierNumber::of),
                Pages.request(limit, cursor))));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.Names.EMPLOYER, Role.Names.TRAINING_BODY, Role.Names.OPCO_STAFF})
    public Response get(@PathParam("id") String id) {
        return ok(queries.view(caller(), id));
    }

    /** The stored PDF as an attachment, never rendered by the browser as something else than a PDF. */
    @GET
    @Path("/{id}/file")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Role.Names.EMPLOYER, Role.Names.TRAINING_BODY, Role.Names.OPCO_STAFF})
    public Response file(@PathParam("id") String id) {
        DocumentDownload download = queries.file(caller(), id);
        return Response.ok(download.content(), download.file().contentType())
                .header(HttpHeaders.CONTENT_LENGTH, download.file().size())
                .header("Content-Disposition", ContentDisposition.attachment(download.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @POST
    @Path("/{id}/withdraw")
    @RolesAllowed({Role.Names.EMPLOYER, Role.Names.TRAINING_BODY})
    public Response withdraw(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch) {
        return ok(issuer.withdraw(caller(), ref(id, ifMatch)));
    }

    @POST
    @Path("/{id}/resubmit")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Role.Names.EMPLOYER, Role.Names.TRAINING_BODY})
    public Response resubmit(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch, @RestForm("amount") String amount,
                             @RestForm("file") FileUpload file) {
        List<FieldError> errors = new ArrayList<>();
        Optional<Money> money = InvoiceForms.money(amount, errors);
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
        return ok(issuer.resubmit(caller(), new Resubmit(ref(id, ifMatch), money.orElseThrow(),
                Optional.ofNullable(file).map(MultipartFile::new))));
    }

    @POST
    @Path("/{id}/validate")
    @RolesAllowed(Role.Names.OPCO_STAFF)
    public Response validate(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch) {
        return ok(staff.validate(caller(), ref(id, ifMatch)));
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.OPCO_STAFF)
    public Response reject(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch, Reason body) {
        return ok(staff.reject(caller(), ref(id, ifMatch), body == null ? null : body.reason()));
    }

    @POST
    @Path("/{id}/request-changes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.OPCO_STAFF)
    public Response requestChanges(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch, Message body) {
        return ok(staff.requestChanges(caller(), ref(id, ifMatch), body == null ? null : body.message()));
    }

    private static InvoiceRef ref(String id, String ifMatch) {
        return new InvoiceRef(id, Versions.expected(ifMatch));
    }

    private static Response ok(InvoiceView view) {
        return Response.ok(InvoiceResponse.from(view)).header(HttpHeaders.ETAG, Versions.etag(view.invoice().version())).build();
    }
}
