package fr.passerelle.adapters.rest.establishment;

import fr.passerelle.adapters.rest.establishment.EstablishmentRequests.LinkApproval;
import fr.passerelle.adapters.rest.establishment.EstablishmentRequests.Reason;
import fr.passerelle.adapters.rest.establishment.LinkRequestResponse.LinkRequestPage;
import fr.passerelle.adapters.rest.security.TokenCaller;
import fr.passerelle.adapters.rest.shared.Pages;
import fr.passerelle.adapters.rest.shared.Versions;
import fr.passerelle.application.identity.Caller;
import fr.passerelle.application.identity.Role;
import fr.passerelle.application.link.EstablishmentLinks;
import fr.passerelle.application.link.EstablishmentLinks.Approve;
import fr.passerelle.application.link.EstablishmentLinks.Ref;
import fr.passerelle.application.link.EstablishmentLinks.Reject;
import fr.passerelle.application.link.LinkRequestLine;
import fr.passerelle.application.shared.MalformedInputException;
import fr.passerelle.application.shared.ResourceNotFoundException;
import fr.passerelle.domain.account.LinkRequestId;
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

import java.util.Set;
import java.util.UUID;

/** Staff's side of link requests: the pending ones, oldest first, approved with rights or rejected with a reason. */
@Path("/api/v1/staff/link-requests")
@Produces(MediaType.APPLICATION_JSON)
class StaffLinkRequestResource {

    private final EstablishmentLinks links;
    private final JsonWebToken token;

    StaffLinkRequestResource(EstablishmentLinks links, JsonWebToken token) {
        this.links = links;
        this.token = token;
    }

    private Caller caller() {
        return TokenCaller.from(token);
    }

    @GET
    @RolesAllowed(Role.Names.OPCO_STAFF)
    public LinkRequestPage queue(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return LinkRequestPage.from(links.queue(caller(), Pages.request(limit, cursor)));
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @POST
    @Path("/{id}/approve")
    @RolesAllowed(Role.Names.OPCO_STAFF)
    public Response approve(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, LinkApproval body) {
        if (body == null || body.rights() == null) {
            throw new MalformedInputException("Indiquez les habilitations à donner (champ « rights »).");
        }
        return ok(links.approve(caller(), new Approve(ref(id, ifMatch), Set.copyOf(body.rights()))));
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @POST
    @Path("/{id}/reject")
    @RolesAllowed(Role.Names.OPCO_STAFF)
    public Response reject(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, Reason body) {
        if (body == null) {
            throw new MalformedInputException("Cette opération attend un corps JSON.");
        }
        return ok(links.reject(caller(), new Reject(ref(id, ifMatch), body.reason())));
    }

    private static Ref ref(String id, String ifMatch) {
        try {
            return new Ref(new LinkRequestId(UUID.fromString(id)), Versions.expected(ifMatch));
        } catch (IllegalArgumentException malformed) {
            throw new ResourceNotFoundException("Cette demande de rattachement n’existe pas ou ne vous est pas accessible.");
        }
    }

    private static Response ok(LinkRequestLine line) {
        return Response.ok(LinkRequestResponse.from(line)).header(HttpHeaders.ETAG, Versions.etag(line.version())).build();
    }
}
