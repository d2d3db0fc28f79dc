package fr.passerelle.adapters.rest.account;

import fr.passerelle.adapters.rest.account.AccountRequests.ProfileChange;
import fr.passerelle.adapters.rest.security.TokenCaller;
import fr.passerelle.adapters.rest.shared.Versions;
import fr.passerelle.application.identity.Role;
import fr.passerelle.application.profile.EstablishmentAccess;
import fr.passerelle.application.profile.ManageMyProfile;
import fr.passerelle.application.profile.MyAccount;
import fr.passerelle.application.profile.ProfileUpdate;
import fr.passerelle.application.shared.MalformedInputException;
import fr.passerelle.domain.account.UserAccountSnapshot;
import fr.passerelle.domain.shared.Email;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.PhoneNumber;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * "Mon profil": the caller's own contact details and establishments. The login email is shown, never changed; rights
 * and the account's status are shown, never set here.
 */
@Path("/api/v1/me/profile")
@Produces(MediaType.APPLICATION_JSON)
class ProfileResource {

    private final ManageMyProfile profile;
    private final JsonWebToken token;

    ProfileResource(ManageMyProfile profile, JsonWebToken token) {
        this.profile = profile;
        this.token = token;
    }

    @GET
    @RolesAllowed({Role.Names.EMPLOYER, Role.Names.OPCO_STAFF})
    public Response get() {
        return ok(profile.view(TokenCaller.from(token)));
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @PUT
    @RolesAllowed({Role.Names.EMPLOYER, Role.Names.OPCO_STAFF})
    public Response update(@HeaderParam("If-Match") String ifMatch, ProfileChange body) {
        if (body == null) {
            throw new MalformedInputException("Cette opération attend un corps JSON.");
        }
        FieldReader reader = new FieldReader();
        Email contactEmail = reader.required("contactEmail", body.contactEmail(), "Indiquez votre e-mail de contact.", Email::of);
        PhoneNumber phone = reader.optional("phone", body.phone(), PhoneNumber::of);
        reader.requireNoError();
        return ok(profile.update(TokenCaller.from(token), new ProfileUpdate(Versions.expected(ifMatch), contactEmail,
                Optional.ofNullable(phone), Optional.ofNullable(body.preferredEstablishmentId()).map(EstablishmentId::new))));
    }

    private static Response ok(MyAccount mine) {
        return Response.ok(ProfileResponse.from(mine)).header(HttpHeaders.ETAG, Versions.etag(mine.account().version())).build();
    }

    record ProfileResponse(String loginEmail, String lastName, String firstName, String contactEmail, String phone,
                           UUID preferredEstablishmentId, String status, List<ProfileEstablishment> establishments) {

        static ProfileResponse from(MyAccount mine) {
            UserAccountSnapshot account = mine.account().snapshot();
            return new ProfileResponse(account.login().value(), account.name().lastName(), account.name().firstName(),
                    account.contactEmail().value(), account.phone().map(PhoneNumber::value).orElse(null),
                    account.preferredEstablishment().map(EstablishmentId::value).orElse(null), account.status().name(),
                    mine.access().establishments().stream().map(ProfileEstablishment::from).toList());
        }
    }

    record ProfileEstablishment(UUID id, String siret, String name, boolean closed, List<String> rights) {

        static ProfileEstablishment from(EstablishmentAccess access) {
            return new ProfileEstablishment(access.establishmentId(), access.siret(), access.name(), access.closed(),
                    access.rights().stream().map(Enum::name).sorted().toList());
        }
    }
}
