package fr.passerelle.adapters.rest.dossier;

import fr.passerelle.adapters.rest.problem.InvalidFieldsException;
import fr.passerelle.adapters.rest.problem.Problem.FieldError;
import fr.passerelle.adapters.rest.security.TokenCaller;
import fr.passerelle.adapters.rest.shared.MultipartFile;
import fr.passerelle.adapters.rest.shared.Versions;
import fr.passerelle.application.dossier.DeclareTermination;
import fr.passerelle.application.dossier.StaffDossierReview;
import fr.passerelle.application.identity.Role;
import fr.passerelle.application.shared.MalformedInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import static fr.passerelle.adapters.rest.dossier.DossierResponse.ok;

/** How a granted dossier ends (issue 7): its balance closed by staff, or its contract broken early. */
@Path("/api/v1/dossiers/{number}")
@Produces(MediaType.APPLICATION_JSON)
class DossierEndResource {

    private static final String IF_MATCH = "If-Match";

    private final StaffDossierReview staff;
    private final DeclareTermination termination;
    private final JsonWebToken token;

    DossierEndResource(StaffDossierReview staff, DeclareTermination termination, JsonWebToken token) {
        this.staff = staff;
        this.termination = termination;
        this.token = token;
    }

    @POST
    @Path("/close-balance")
    @RolesAllowed(Role.Names.OPCO_STAFF)
    public Response closeBalance(@PathParam("number") String number, @HeaderParam(IF_MATCH) String ifMatch) {
        return ok(staff.closeBalance(TokenCaller.from(token), Versions.ref(number, ifMatch)));
    }

    /** The signed form arrives in a temporary file (quarkus-rest multipart), which the use case reads as a stream. */
    @POST
    @Path("/terminate")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Role.Names.EMPLOYER, Role.Names.TRAINING_BODY})
    public Response terminate(@PathParam("number") String number, @HeaderParam(IF_MATCH) String ifMatch,
                              @RestForm("endDate") String endDate, @RestForm("reason") String reason,
                              @RestForm("file") FileUpload file) {
        if (file == null) {
            throw new MalformedInputException("Joignez le formulaire de rupture signé (champ « file »).");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(endDate == null ? "" : endDate.strip());
        } catch (DateTimeParseException invalid) {
            throw new InvalidFieldsException(List.of(new FieldError("endDate", "INVALID_DATE", "Indiquez la date de rupture (AAAA-MM-JJ).")));
        }
        return ok(termination.declare(TokenCaller.from(token), new DeclareTermination.Termination(Versions.ref(number, ifMatch), date,
                reason, new MultipartFile(file))));
    }
}
