package fr.passerelle.adapters.rest.dossier;

import fr.passerelle.adapters.rest.shared.Parameters;
import fr.passerelle.adapters.rest.shared.Pages;
import fr.passerelle.adapters.rest.shared.Versions;
import fr.passerelle.adapters.rest.shared.ContentDisposition;
import fr.passerelle.adapters.rest.shared.MultipartFile;
import fr.passerelle.adapters.rest.dossier.DossierRequests.DocumentRequestCommand;
import fr.passerelle.adapters.rest.dossier.DossierRequests.GrantRequest;
import fr.passerelle.adapters.rest.dossier.DossierRequests.Message;
import fr.passerelle.adapters.rest.dossier.DossierRequests.NewDossier;
import fr.passerelle.adapters.rest.dossier.DossierRequests.Reason;
import fr.passerelle.adapters.rest.problem.InvalidFieldsException;
import fr.passerelle.adapters.rest.problem.Problem.FieldError;
import fr.passerelle.adapters.rest.security.TokenCaller;
import fr.passerelle.application.dossier.DossierCommands.CreateDraft;
import fr.passerelle.application.dossier.DossierCommands.Grant;
import fr.passerelle.application.dossier.DossierCommands.RequestDocuments;
import fr.passerelle.application.dossier.DossierCommands.SaveDraft;
import fr.passerelle.application.dossier.DossierCommands.WithMessage;
import fr.passerelle.application.dossier.DossierCommands.WithReason;
import fr.passerelle.application.document.DocumentDownload;
import fr.passerelle.application.dossier.DossierDocuments;
import fr.passerelle.application.dossier.DossierDocuments.Attach;
import fr.passerelle.application.dossier.DossierQueries;
import fr.passerelle.application.dossier.DossierSearch;
import fr.passerelle.application.dossier.DossierView;
import fr.passerelle.application.dossier.EmployerDossiers;
import fr.passerelle.application.dossier.StaffDossierReview;
import fr.passerelle.application.identity.Caller;
import fr.passerelle.application.identity.Role;
import fr.passerelle.application.shared.MalformedInputException;
import fr.passerelle.application.shared.ResourceNotFoundException;
import fr.passerelle.domain.dossier.DocumentType;
import fr.passerelle.domain.dossier.DossierNumber;
import fr.passerelle.domain.dossier.DossierStatus;
import fr.passerelle.domain.dossier.FundingScheme;
import fr.passerelle.domain.shared.DocumentId;
import fr.passerelle.domain.shared.DomainException;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.Money;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static fr.passerelle.adapters.rest.dossier.DossierResponse.ok;

/**
 * Dossiers, addressed by their 9-digit number. Whether the caller may see or act on one is the application's
 * decision; roles here only keep each side to its own commands.
 */
@Path("/api/v1/dossiers")
@Produces(MediaType.APPLICATION_JSON)
class DossierResource {

    private static final String IF_MATCH = "If-Match";

    private final EmployerDossiers employer;
    private final StaffDossierReview staff;
    private final DossierQueries queries;
    private final DossierDocuments documents;
    private final JsonWebToken token;

    DossierResource(EmployerDossiers employer, StaffDossierReview staff, DossierQueries queries, DossierDocuments documents,
                    JsonWebToken token) {
        this.employer = employer;
        this.staff = staff;
        this.queries = queries;
        this.documents = documents;
        this.token = token;
    }

    private Caller caller() {
        return TokenCaller.from(token);
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @POST
    @RolesAllowed(Role.Names.EMPLOYER)
    public Response create(@HeaderParam("Idempotency-Key") String idempotencyKey, NewDossier body) {
        NewDossier request = required(body);
        if (request.establishmentId() == null || request.scheme() == null) {
            throw new MalformedInputException("Indiquez l'établissement et le dispositif du dossier.");
        }
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 100)) {
            throw new MalformedInputException("L'en-tête Idempotency-Key doit compter de 1 à 100 caractères.");
        }
        DossierView view = employer.createDraft(caller(), new CreateDraft(new EstablishmentId(request.establishmentId()),
                request.scheme(), Optional.ofNullable(idempotencyKey)));
        return Response.created(UriBuilder.fromPath("/api/v1/dossiers/{number}").build(view.dossier().number().value()))
                .header(HttpHeaders.ETAG, Versions.etag(view.version()))
                .entity(DossierResponse.from(view))
                .build();
    }

    @GET
    @RolesAllowed({Role.Names.EMPLOYER, Role.Names.TRAINING_BODY, Role.Names.OPCO_STAFF})
    public DossierPageResponse search(@QueryParam("establishmentId") String establishmentId, @QueryParam("number") String number,
                                      @QueryParam("status") String status, @QueryParam("scheme") String scheme,
                                      @QueryParam("startYear") String startYear, @QueryParam("q") String words,
                                      @QueryParam("updatedSince") String updatedSince, @QueryParam("limit") String limit,
                                      @QueryParam("cursor") String cursor) {
        DossierSearch search = new DossierSearch(
                Parameters.parse("establishmentId", establishmentId, text -> new EstablishmentId(UUID.fromString(text))),
                Parameters.parse("number", number, DossierNumber::of),
                Parameters.parse("status", status, DossierStatus::valueOf),
                Parameters.parse("scheme", scheme, FundingScheme::valueOf),
                Parameters.parse("startYear", startYear, Integer::valueOf),
                DossierSearch.wordsOf(words),
                Parameters.parse("updatedSince", updatedSince, text -> OffsetDateTime.parse(text).toInstant()),
                Pages.request(limit, cursor));
        return DossierPageResponse.from(queries.search(caller(), search));
    }

    @GET
    @Path("/{number}")
    @RolesAllowed({Role.Names.EMPLOYER, Role.Names.TRAINING_BODY, Role.Names.OPCO_STAFF})
    public Response get(@PathParam("number") String number) {
        return ok(queries.view(caller(), number));
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @PUT
    @Path("/{number}")
    @RolesAllowed(Role.Names.EMPLOYER)
    public Response saveDraft(@PathParam("number") String number, @HeaderParam(IF_MATCH) String ifMatch, DossierContentDto body) {
        return ok(employer.saveDraft(caller(), new SaveDraft(Versions.ref(number, ifMatch), required(body).toDomain())));
    }

    @DELETE
    @Path("/{number}")
    @RolesAllowed(Role.Names.EMPLOYER)
    public Response deleteDraft(@PathParam("number") String number, @HeaderParam(IF_MATCH) String ifMatch) {
        employer.deleteDraft(caller(), Versions.ref(number, ifMatch));
        return Response.noContent().build();
    }

    @POST
    @Path("/{number}/submit")
    @RolesAllowed(Role.Names.EMPLOYER)
    public Response submit(@PathParam("number") String number, @HeaderParam(IF_MATCH) String ifMatch) {
        return ok(employer.submit(caller(), Versions.ref(number, ifMatch)));
    }

    @POST
    @Path("/{number}/unlock")
    @RolesAllowed(Role.Names.EMPLOYER)
    public Response unlock(@PathParam("number") String number, @HeaderParam(IF_MATCH) String ifMatch) {
        return ok(employer.unlock(caller(), Versions.ref(number, ifMatch)));
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @POST
    @Path("/{number}/cancel")
    @RolesAllowed(Role.Names.EMPLOYER)
    public Response cancel(@PathParam("number") String number, @HeaderParam(IF_MATCH) String ifMatch, Reason body) {
        return ok(employer.cancel(caller(), new WithReason(Versions.ref(number, ifMatch), required(body).reason())));
    }

    @POST
    @Path("/{number}/hand-back")
    @RolesAllowed(Role.Names.EMPLOYER)
    public Response handBack(@PathParam("number") String number, @HeaderParam(IF_MATCH) String ifMatch) {
        return ok(employer.handBackDocuments(caller(), Versions.ref(number, ifMatch)));
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @POST
    @Path("/{number}/modification-requests")
    @RolesAllowed(Role.Names.EMPLOYER)
    public Response requestModification(@PathParam("number") String number, @HeaderParam(IF_MATCH) String ifMatch, Message body) {
        return ok(employer.requestModification(caller(), new WithMessage(Versions.ref(number, ifMatch), required(body).message())));
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @POST
    @Path("/{number}/cancellation-requests")
    @RolesAllowed(Role.Names.EMPLOYER)
    public Response requestCancellation(@PathParam("number") String number, @HeaderParam(IF_MATCH) String ifMatch, Message body) {
        return ok(employer.requestCancellation(caller(), new WithMessage(Versions.ref(number, ifMatch), required(body).message())));
    }

    @POST
    @Path("/{number}/review")
    @RolesAllowed(Role.Names.OPCO_STAFF)
    public Response takeIntoReview(@PathParam("number") String number, @HeaderParam(IF_MATCH) String ifMatch) {
        return ok(staff.takeIntoReview(caller(), Versions.ref(number, ifMatch)));
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @POST
    @Path("/{number}/request-documents")
    @RolesAllowed(Role.Names.OPCO_STAFF)
    public Response requestDocuments(@PathParam("number") String number, @HeaderParam(IF_MATCH) String ifMatch,
                                     DocumentRequestCommand body) {
        DocumentRequestCommand request = required(body);
        if (request.dueDate() == null) {
            throw new InvalidFieldsException(List.of(new FieldError("dueDate", "REQUIRED", "Indiquez la date limite de dépôt des pièces.")));
        }
        return ok(staff.requestDocuments(caller(), new RequestDocuments(Versions.ref(number, ifMatch),
                request.types() == null ? Set.of() : Set.copyOf(request.types()), request.dueDate(), request.message())));
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @POST
    @Path("/{number}/grant")
    @RolesAllowed(Role.Names.OPCO_STAFF)
    public Response grant(@PathParam("number") String number, @HeaderParam(IF_MATCH) String ifMatch, GrantRequest body) {
        Money amount;
        try {
            amount = Money.parse(required(body).amount());
        } catch (DomainException invalid) {
            throw new InvalidFieldsException(List.of(new FieldError("amount", invalid.code(), invalid.getMessage())));
        }
        return ok(staff.grant(caller(), new Grant(Versions.ref(number, ifMatch), amount)));
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @POST
    @Path("/{number}/refuse")
    @RolesAllowed(Role.Names.OPCO_STAFF)
    public Response refuse(@PathParam("number") String number, @HeaderParam(IF_MATCH) String ifMatch, Reason body) {
        return ok(staff.refuse(caller(), new WithReason(Versions.ref(number, ifMatch), required(body).reason())));
    }

    @POST
    @Path("/{number}/pending-request/accept")
    @RolesAllowed(Role.Names.OPCO_STAFF)
    public Response acceptRequest(@PathParam("number") String number, @HeaderParam(IF_MATCH) String ifMatch) {
        return ok(staff.acceptRequest(caller(), Versions.ref(number, ifMatch)));
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @POST
    @Path("/{number}/pending-request/decline")
    @RolesAllowed(Role.Names.OPCO_STAFF)
    public Response declineRequest(@PathParam("number") String number, @HeaderParam(IF_MATCH) String ifMatch, Reason body) {
        return ok(staff.declineRequest(caller(), new WithReason(Versions.ref(number, ifMatch), required(body).reason())));
    }

    @GET
    @Path("/{number}/history")
    @RolesAllowed({Role.Names.EMPLOYER, Role.Names.TRAINING_BODY, Role.Names.OPCO_STAFF})
    public List<HistoryEntryResponse> history(@PathParam("number") String number) {
        return queries.history(caller(), number).stream().map(HistoryEntryResponse::from).toList();
    }

    /** The file arrives in a temporary file (quarkus-rest multipart), which the use case reads as a stream. */
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @POST
    @Path("/{number}/documents")
    @RolesAllowed({Role.Names.EMPLOYER, Role.Names.TRAINING_BODY, Role.Names.OPCO_STAFF})
    public Response attachDocument(@PathParam("number") String number, @HeaderParam(IF_MATCH) String ifMatch,
                                   @RestForm("type") String type, @RestForm("file") FileUpload file,
                                   @RestForm("replaces") String replaces) {
        if (file == null || type == null || type.isBlank()) {
            throw new MalformedInputException("Envoyez le fichier (champ « file ») et son type (champ « type »).");
        }
        DocumentType documentType = Parameters.parse("type", type, DocumentType::valueOf).orElseThrow();
        Optional<DocumentId> replaced = Parameters.parse("replaces", replaces, DocumentId::of);
        return ok(documents.attach(caller(), new Attach(Versions.ref(number, ifMatch), documentType, new MultipartFile(file), replaced)));
    }

    /** The stored bytes as an attachment, never rendered by the browser as something else than their stored type. */
    @GET
    @Path("/{number}/documents/{documentId}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Role.Names.EMPLOYER, Role.Names.TRAINING_BODY, Role.Names.OPCO_STAFF})
    public Response downloadDocument(@PathParam("number") String number, @PathParam("documentId") String documentId) {
        DocumentId id;
        try {
            id = DocumentId.of(documentId);
        } catch (IllegalArgumentException malformed) {
            throw new ResourceNotFoundException("Cette pièce n’existe pas ou ne vous est pas accessible.");
        }
        DocumentDownload download = documents.download(caller(), number, id);
        return Response.ok(download.content(), download.file().contentType())
                .header(HttpHeaders.CONTENT_LENGTH, download.file().size())
                .header("Content-Disposition", ContentDisposition.attachment(download.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }


    private static <T> T required(T body) {
        if (body == null) {
            throw new MalformedInputException("Cette opération attend un corps JSON.");
        }
        return body;
    }
}
