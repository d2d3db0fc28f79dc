package fr.passerelle.adapters.rest.establishment;

import fr.passerelle.adapters.rest.establishment.EstablishmentRequests.ChangeRequestBody;
import fr.passerelle.adapters.rest.establishment.EstablishmentRequests.Reason;
import fr.passerelle.adapters.rest.security.TokenCaller;
import fr.passerelle.adapters.rest.shared.ContentDisposition;
import fr.passerelle.adapters.rest.shared.MultipartFile;
import fr.passerelle.adapters.rest.shared.Pages;
import fr.passerelle.adapters.rest.shared.Versions;
import fr.passerelle.application.document.DocumentDownload;
import fr.passerelle.application.dossier.DossierSearch;
import fr.passerelle.application.establishment.EmployerEstablishments;
import fr.passerelle.application.establishment.EstablishmentCommands.OnBankAccount;
import fr.passerelle.application.establishment.EstablishmentCommands.ProposeBankAccount;
import fr.passerelle.application.establishment.EstablishmentCommands.RejectBankAccount;
import fr.passerelle.application.establishment.EstablishmentCommands.RequestChange;
import fr.passerelle.application.establishment.EstablishmentCommands.WithReason;
import fr.passerelle.application.establishment.EstablishmentQueries;
import fr.passerelle.application.establishment.EstablishmentRef;
import fr.passerelle.application.establishment.EstablishmentView;
import fr.passerelle.application.establishment.StaffEstablishments;
import fr.passerelle.application.identity.Caller;
import fr.passerelle.application.identity.Role;
import fr.passerelle.application.shared.MalformedInputException;
import fr.passerelle.application.shared.ResourceNotFoundException;
import fr.passerelle.domain.establishment.BankAccountId;
import fr.passerelle.domain.establishment.ProposedChange;
import fr.passerelle.domain.shared.Address;
import fr.passerelle.domain.shared.Bic;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.Iban;
import fr.passerelle.domain.shared.Siret;
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

import java.util.Optional;
import java.util.UUID;

/**
 * Establishments, addressed by their id: the caller's list, the detail, change requests, closing, bank accounts.
 * Whether the caller may see or act on one is the application's decision; roles here only keep each side to its own
 * commands. Request bodies carry only what the caller may propose: a status is never read from them.
 */
@Path("/api/v1/establishments")
@Produces(MediaType.APPLICATION_JSON)
class EstablishmentResource {

    private static final String IF_MATCH = "If-Match";
    private static final String NOT_FOUND = "Cet établissement n’existe pas ou ne vous est pas accessible.";

    private final EstablishmentQueries queries;
    private final EmployerEstablishments employer;
    private final StaffEstablishments staff;
    private final JsonWebToken token;

    EstablishmentResource(EstablishmentQueries queries, EmployerEstablishments employer, StaffEstablishments staff,
                          JsonWebToken token) {
        this.queries = queries;
        this.employer = employer;
        this.staff = staff;
        this.token = token;
    }

    private Caller caller() {
        return TokenCaller.from(token);
    }

    @GET
    @RolesAllowed({Role.Names.EMPLOYER, Role.Names.OPCO_STAFF})
    public EstablishmentPageResponse list(@QueryParam("q") String words, @QueryParam("limit") String limit,
                                          @QueryParam("cursor") String cursor) {
        return EstablishmentPageResponse.from(queries.list(caller(), DossierSearch.wordsOf(words), Pages.request(limit, cursor)));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.Names.EMPLOYER, Role.Names.OPCO_STAFF})
    public Response get(@PathParam("id") String id) {
        return ok(queries.view(caller(), establishmentId(id)));
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @POST
    @Path("/{id}/change-requests")
    @RolesAllowed(Role.Names.EMPLOYER)
    public Response requestChange(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch, ChangeRequestBody body) {
        ChangeRequestBody request = required(body);
        FieldValues fields = new FieldValues();
        Optional<Siret> siret = fields.optional("siret", request.siret(), Siret::of);
        Optional<Address> address = Optional.ofNullable(request.address()).flatMap(proposed -> fields.read("address",
                () -> Address.of(proposed.street(), proposed.postalCode(), proposed.city())));
        fields.requireValid();
        ProposedChange change = new ProposedChange(Optional.ofNullable(request.name()), address, siret);
        return ok(employer.requestChange(caller(), new RequestChange(ref(id, ifMatch), change)));
    }

    @POST
    @Path("/{id}/change-request/approve")
    @RolesAllowed(Role.Names.OPCO_STAFF)
    public Response approveChange(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch) {
        return ok(staff.approveChange(caller(), ref(id, ifMatch)));
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @POST
    @Path("/{id}/change-request/reject")
    @RolesAllowed(Role.Names.OPCO_STAFF)
    public Response rejectChange(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch, Reason body) {
        return ok(staff.rejectChange(caller(), new WithReason(ref(id, ifMatch), required(body).reason())));
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @POST
    @Path("/{id}/close")
    @RolesAllowed(Role.Names.OPCO_STAFF)
    public Response close(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch, Reason body) {
        return ok(staff.close(caller(), new WithReason(ref(id, ifMatch), required(body).reason())));
    }

    @POST
    @Path("/{id}/reopen")
    @RolesAllowed(Role.Names.OPCO_STAFF)
    public Response reopen(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch) {
        return ok(staff.reopen(caller(), ref(id, ifMatch)));
    }

    /** The proof arrives in a temporary file (quarkus-rest multipart), which the use case reads as a stream. */
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @POST
    @Path("/{id}/bank-accounts")
    @RolesAllowed(Role.Names.EMPLOYER)
    public Response proposeBankAccount(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch,
                                       @RestForm("iban") String iban, @RestForm("bic") String bic,
                                       @RestForm("holder") String holder, @RestForm("file") FileUpload file) {
        EstablishmentRef ref = ref(id, ifMatch);
        FieldValues fields = new FieldValues();
        Optional<Iban> readIban = fields.required("iban", iban, Iban::of, "Saisissez l’IBAN du compte, tel qu’il figure sur votre RIB.");
        Optional<Bic> readBic = fields.required("bic", bic, Bic::of, "Saisissez le BIC du compte, tel qu’il figure sur votre RIB.");
        if (holder == null || holder.isBlank()) {
            fields.missing("holder", "Saisissez le titulaire du compte, tel qu’il figure sur votre RIB.");
        }
        if (file == null) {
            fields.missing("file", "Joignez votre RIB (PDF, PNG ou JPEG) : un conseiller de l’OPCO le vérifiera.");
        }
        fields.requireValid();
        return ok(employer.proposeBankAccount(caller(), new ProposeBankAccount(ref, readIban.orElseThrow(), readBic.orElseThrow(),
                holder, new MultipartFile(file))));
    }

    @POST
    @Path("/{id}/bank-accounts/{accountId}/deactivate")
    @RolesAllowed({Role.Names.EMPLOYER, Role.Names.OPCO_STAFF})
    public Response deactivateBankAccount(@PathParam("id") String id, @PathParam("accountId") String accountId,
                                          @HeaderParam(IF_MATCH) String ifMatch) {
        return ok(employer.deactivateBankAccount(caller(), new OnBankAccount(ref(id, ifMatch), bankAccountId(accountId))));
    }

    @POST
    @Path("/{id}/bank-accounts/{accountId}/validate")
    @RolesAllowed(Role.Names.OPCO_STAFF)
    public Response validateBankAccount(@PathParam("id") String id, @PathParam("accountId") String accountId,
                                        @HeaderParam(IF_MATCH) String ifMatch) {
        return ok(staff.validateBankAccount(caller(), new OnBankAccount(ref(id, ifMatch), bankAccountId(accountId))));
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @POST
    @Path("/{id}/bank-accounts/{accountId}/reject")
    @RolesAllowed(Role.Names.OPCO_STAFF)
    public Response rejectBankAccount(@PathParam("id") String id, @PathParam("accountId") String accountId,
                                      @HeaderParam(IF_MATCH) String ifMatch, Reason body) {
        return ok(staff.rejectBankAccount(caller(), new RejectBankAccount(ref(id, ifMatch), bankAccountId(accountId),
                required(body).reason())));
    }

    /** The proof as an attachment, never rendered by the browser as something else than its stored type. */
    @GET
    @Path("/{id}/bank-accounts/{accountId}/proof")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Role.Names.EMPLOYER, Role.Names.OPCO_STAFF})
    public Response downloadProof(@PathParam("id") String id, @PathParam("accountId") String accountId) {
        DocumentDownload download = queries.proof(caller(), establishmentId(id), bankAccountId(accountId));
        return Response.ok(download.content(), download.file().contentType())
                .header(HttpHeaders.CONTENT_LENGTH, download.file().size())
                .header("Content-Disposition", ContentDisposition.attachment(download.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private static EstablishmentRef ref(String id, String ifMatch) {
        return new EstablishmentRef(establishmentId(id), Versions.expected(ifMatch));
    }

    /** A malformed id names no establishment: the same 404 as an unknown one. */
    private static EstablishmentId establishmentId(String id) {
        try {
            return new EstablishmentId(UUID.fromString(id));
        } catch (IllegalArgumentException malformed) {
            throw new ResourceNotFoundException(NOT_FOUND);
        }
    }

    private static BankAccountId bankAccountId(String id) {
        try {
            return new BankAccountId(UUID.fromString(id));
        } catch (IllegalArgumentException malformed) {
            throw new ResourceNotFoundException("Ce compte bancaire n’existe pas pour cet établissement.");
        }
    }

    private static Response ok(EstablishmentView view) {
        return Response.ok(EstablishmentResponse.from(view)).header(HttpHeaders.ETAG, Versions.etag(view.version())).build();
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new MalformedInputException("Cette opération attend un corps JSON.");
        }
        return body;
    }
}
