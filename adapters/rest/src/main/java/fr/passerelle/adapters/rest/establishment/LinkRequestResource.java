package fr.passerelle.adapters.rest.establishment;

import fr.passerelle.adapters.rest.establishment.EstablishmentRequests.NewLinkRequest;
import fr.passerelle.adapters.rest.establishment.LinkRequestResponse.LinkRequestPage;
import fr.passerelle.adapters.rest.security.TokenCaller;
import fr.passerelle.adapters.rest.shared.Pages;
import fr.passerelle.adapters.rest.shared.Versions;
import fr.passerelle.application.identity.Caller;
import fr.passerelle.application.identity.Role;
import fr.passerelle.application.link.EstablishmentLinks;
import fr.passerelle.application.link.EstablishmentLinks.File;
import fr.passerelle.application.link.LinkRequestLine;
import fr.passerelle.application.shared.MalformedInputException;
import fr.passerelle.domain.shared.Siret;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;


/** Link requests: the employer files and follows theirs. */
@Path("/api/v1/link-requests")
@Produces(MediaType.APPLICATION_JSON)
class LinkRequestResource {

    private final EstablishmentLinks links;
    private final JsonWebToken token;

    LinkRequestResource(EstablishmentLinks links, JsonWebToken token) {
        this.links = links;
        this.token = token;
    }

    private Caller caller() {
        return TokenCaller.from(token);
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @POST
    @RolesAllowed(Role.Names.EMPLOYER)
    public Response file(NewLinkRequest body) {
        if (body == null) {
            throw new MalformedInputException("Cette opération attend un corps JSON.");
        }
        FieldValues fields = new FieldValues();
        Siret siret = fields.required("siret", body.siret(), Siret::of,
                "Saisissez le SIRET (14 chiffres) de l’établissement auquel vous souhaitez être rattaché.").orElse(null);
        fields.requireValid();
        LinkRequestLine line = links.file(caller(), new File(siret, body.message()));
        return Response.status(Response.Status.CREATED)
                .header(HttpHeaders.ETAG, Versions.etag(line.version()))
                .entity(LinkRequestResponse.from(line))
                .build();
    }

    @GET
    @RolesAllowed({Role.Names.EMPLOYER, Role.Names.OPCO_STAFF})
    public LinkRequestPage mine(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return LinkRequestPage.from(links.mine(caller(), Pages.request(limit, cursor)));
    }
}
