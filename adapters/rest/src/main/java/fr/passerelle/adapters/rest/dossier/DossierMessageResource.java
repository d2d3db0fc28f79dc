package fr.passerelle.adapters.rest.dossier;

import fr.passerelle.adapters.rest.security.TokenCaller;
import fr.passerelle.adapters.rest.shared.ContentDisposition;
import fr.passerelle.adapters.rest.shared.MultipartFile;
import fr.passerelle.adapters.rest.shared.Pages;
import fr.passerelle.application.document.DocumentDownload;
import fr.passerelle.application.document.UploadedFile;
import fr.passerelle.application.dossier.DossierThread;
import fr.passerelle.application.dossier.DossierThread.NewMessage;
import fr.passerelle.application.dossier.ThreadMessage;
import fr.passerelle.application.identity.Role;
import fr.passerelle.application.shared.MalformedInputException;
import fr.passerelle.application.shared.ResourceNotFoundException;
import fr.passerelle.domain.shared.DocumentId;
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

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The message thread of a dossier. Whoever may see the dossier reads it (404 otherwise, decided by the application);
 * roles keep training bodies from posting, as for the dossier's documents.
 */
@Path("/api/v1/dossiers/{number}/messages")
@Produces(MediaType.APPLICATION_JSON)
class DossierMessageResource {

    private static final String ATTACHMENT_NOT_FOUND = "Cette pièce jointe n’existe pas ou ne vous est pas accessible.";

    private final DossierThread thread;
    private final JsonWebToken token;

    DossierMessageResource(DossierThread thread, JsonWebToken token) {
        this.thread = thread;
        this.token = token;
    }

    @GET
    @RolesAllowed({Role.Names.EMPLOYER, Role.Names.TRAINING_BODY, Role.Names.OPCO_STAFF})
    public MessagePageResponse list(@PathParam("number") String number, @QueryParam("limit") String limit,
                                    @QueryParam("cursor") String cursor) {
        return MessagePageResponse.from(thread.read(TokenCaller.from(token), number, Pages.request(limit, cursor)));
    }

    /** Text and files in one multipart request: the files arrive as temporary files, read by the use case as streams. */
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @POST
    @RolesAllowed({Role.Names.EMPLOYER, Role.Names.OPCO_STAFF})
    public Response post(@PathParam("number") String number, @HeaderParam("Idempotency-Key") String idempotencyKey,
                         @RestForm("text") String text, @RestForm("files") List<FileUpload> files) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 100)) {
            throw new MalformedInputException("L'en-tête Idempotency-Key doit compter de 1 à 100 caractères.");
        }
        List<UploadedFile> uploads = files == null ? List.of() : files.stream().<UploadedFile>map(MultipartFile::new).toList();
        ThreadMessage message = thread.post(TokenCaller.from(token),
                new NewMessage(number, text, uploads, Optional.ofNullable(idempotencyKey)));
        return Response.status(Response.Status.CREATED).entity(MessageResponse.from(message)).build();
    }

    @POST
    @Path("/read")
    @RolesAllowed({Role.Names.EMPLOYER, Role.Names.TRAINING_BODY, Role.Names.OPCO_STAFF})
    public Response markRead(@PathParam("number") String number) {
        thread.markRead(TokenCaller.from(token), number);
        return Response.noContent().build();
    }

    /** Served as the dossier's documents are: an attachment of its stored type, never sniffed by the browser. */
    @GET
    @Path("/{messageId}/attachments/{documentId}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Role.Names.EMPLOYER, Role.Names.TRAINING_BODY, Role.Names.OPCO_STAFF})
    public Response download(@PathParam("number") String number, @PathParam("messageId") String messageId,
                             @PathParam("documentId") String documentId) {
        UUID message;
        DocumentId document;
        try {
            message = UUID.fromString(messageId);
            document = DocumentId.of(documentId);
        } catch (IllegalArgumentException malformed) {
            throw new ResourceNotFoundException(ATTACHMENT_NOT_FOUND);
        }
        DocumentDownload download = thread.attachment(TokenCaller.from(token), number, message, document);
        return Response.ok(download.content(), download.file().contentType())
                .header(HttpHeaders.CONTENT_LENGTH, download.file().size())
                .header("Content-Disposition", ContentDisposition.attachment(download.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
