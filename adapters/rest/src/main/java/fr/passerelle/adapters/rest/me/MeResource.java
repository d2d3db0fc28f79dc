package fr.passerelle.adapters.rest.me;

import fr.passerelle.adapters.rest.security.TokenCaller;
import fr.passerelle.application.identity.Role;
import fr.passerelle.application.profile.ViewMyProfile;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;

@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
class MeResource {

    private final ViewMyProfile viewMyProfile;
    private final JsonWebToken token;

    MeResource(ViewMyProfile viewMyProfile, JsonWebToken token) {
        this.viewMyProfile = viewMyProfile;
        this.token = token;
    }

    @GET
    @RolesAllowed({Role.Names.EMPLOYER, Role.Names.TRAINING_BODY, Role.Names.OPCO_STAFF, Role.Names.PARTNER})
    public MeResponse me() {
        return MeResponse.from(viewMyProfile.view(TokenCaller.from(token)));
    }
}
