package fr.passerelle.adapters.rest.dossier;

import fr.passerelle.adapters.rest.shared.Pages;
import fr.passerelle.adapters.rest.security.TokenCaller;
import fr.passerelle.application.dossier.DossierQueries;
import fr.passerelle.application.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Staff's queue of submitted dossiers, the longest waiting first. */
@Path("/api/v1/staff/dossier-queue")
@Produces(MediaType.APPLICATION_JSON)
class StaffQueueResource {

    private final DossierQueries queries;
    private final JsonWebToken token;

    StaffQueueResource(DossierQueries queries, JsonWebToken token) {
        this.queries = queries;
        this.token = token;
    }

    @GET
    @RolesAllowed(Role.Names.OPCO_STAFF)
    public DossierPageResponse queue(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return DossierPageResponse.from(queries.submittedQueue(TokenCaller.from(token), Pages.request(limit, cursor)));
    }
}
