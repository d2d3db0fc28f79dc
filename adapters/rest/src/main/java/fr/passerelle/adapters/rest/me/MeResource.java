package fr.passerelle.adapters.rest.me;

import fr.passerelle.adapters.rest.security.TokenCaller;
import fr.passerelle.application.identity.Caller;
import fr.passerelle.application.identity.Role;
import fr.passerelle.application.profile.ViewMyProfile;
import fr.passerelle.application.registration.Registration;
import fr.passerelle.application.shared.ConcurrentUpdateException;
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
    private final Registration registration;
    private final JsonWebToken token;

    MeResource(ViewMyProfile viewMyProfile, Registration registration, JsonWebToken token) {
        this.viewMyProfile = viewMyProfile;
        this.registration = registration;
        this.token = token;
    }

    /**
     * Who the caller is. It is also where Passerelle learns that a newcomer verified their email: the SPA asks it
     * first after every login, and Keycloak lets a user with an unverified email log in only once it is verified,
     * after which their tokens say {@code email_verified}.
     */
    @GET
    @RolesAllowed({Role.Names.EMPLOYER, Role.Names.TRAINING_BODY, Role.Names.OPCO_STAFF, Role.Names.PARTNER})
    public MeResponse me() {
        Caller caller = TokenCaller.from(token);
        if (Boolean.TRUE.equals(token.<Boolean>getClaim("email_verified"))) {
            try {
                registration.acknowledgeVerifiedEmail(caller);
            } catch (ConcurrentUpdateException verifiedMeanwhile) {
                // Another request of the same newcomer moved the account on first: the profile below shows its result.
            }
        }
        return MeResponse.from(viewMyProfile.view(caller));
    }
}
