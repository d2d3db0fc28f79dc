package fr.passerelle.adapters.rest.account;

import fr.passerelle.adapters.rest.account.UserResponses.EstablishmentUsers;
import fr.passerelle.adapters.rest.account.UserResponses.UserSummary;
import fr.passerelle.adapters.rest.security.TokenCaller;
import fr.passerelle.adapters.rest.shared.Parameters;
import fr.passerelle.application.colleague.ColleagueQueries;
import fr.passerelle.application.identity.Role;
import fr.passerelle.application.shared.ResourceNotFoundException;
import fr.passerelle.domain.shared.EstablishmentId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.UUID;

/** Who manages an establishment, with their rights there: shown on the establishment's page to everyone linked to it. */
@Path("/api/v1/establishments/{establishmentId}/users")
@Produces(MediaType.APPLICATION_JSON)
class EstablishmentUsersResource {

    private final ColleagueQueries queries;
    private final JsonWebToken token;

    EstablishmentUsersResource(ColleagueQueries queries, JsonWebToken token) {
        this.queries = queries;
        this.token = token;
    }

    @GET
    @RolesAllowed({Role.Names.EMPLOYER, Role.Names.OPCO_STAFF})
    public EstablishmentUsers list(@PathParam("establishmentId") String establishmentId) {
        EstablishmentId establishment = Parameters.parse("establishmentId", establishmentId, text -> new EstablishmentId(UUID.fromString(text)))
                .orElseThrow(() -> new ResourceNotFoundException("Cet établissement n’existe pas ou ne vous est pas accessible."));
        return new EstablishmentUsers(queries.usersOf(TokenCaller.from(token), establishment).stream().map(UserSummary::from).toList());
    }
}
