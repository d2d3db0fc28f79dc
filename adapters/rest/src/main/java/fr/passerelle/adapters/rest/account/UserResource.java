package fr.passerelle.adapters.rest.account;

import fr.passerelle.adapters.rest.account.AccountRequests.AdminHandover;
import fr.passerelle.adapters.rest.account.AccountRequests.EstablishmentRef;
import fr.passerelle.adapters.rest.account.AccountRequests.EstablishmentRights;
import fr.passerelle.adapters.rest.account.AccountRequests.NewUser;
import fr.passerelle.adapters.rest.account.AccountRequests.Reason;
import fr.passerelle.adapters.rest.account.AccountRequests.Rights;
import fr.passerelle.adapters.rest.account.UserResponses.UserDetail;
import fr.passerelle.adapters.rest.account.UserResponses.UserPage;
import fr.passerelle.adapters.rest.security.TokenCaller;
import fr.passerelle.adapters.rest.shared.Pages;
import fr.passerelle.adapters.rest.shared.Parameters;
import fr.passerelle.adapters.rest.shared.Versions;
import fr.passerelle.application.colleague.ColleagueCommands.AccountRef;
import fr.passerelle.application.colleague.ColleagueCommands.ChangeRights;
import fr.passerelle.application.colleague.ColleagueCommands.GiveUpAdmin;
import fr.passerelle.application.colleague.ColleagueCommands.HandOverAdmin;
import fr.passerelle.application.colleague.ColleagueCommands.Invite;
import fr.passerelle.application.colleague.ColleagueCommands.InviteForTrainingBody;
import fr.passerelle.application.colleague.ColleagueCommands.InviteInImageOf;
import fr.passerelle.application.colleague.ColleagueCommands.WithReason;
import fr.passerelle.application.colleague.ColleagueQueries;
import fr.passerelle.application.colleague.ColleagueSearch;
import fr.passerelle.application.colleague.ColleagueView;
import fr.passerelle.application.colleague.Invitation;
import fr.passerelle.application.colleague.ManageColleagues;
import fr.passerelle.application.dossier.DossierSearch;
import fr.passerelle.application.identity.Caller;
import fr.passerelle.application.identity.Role;
import fr.passerelle.application.shared.MalformedInputException;
import fr.passerelle.application.shared.ResourceNotFoundException;
import fr.passerelle.domain.account.Right;
import fr.passerelle.domain.shared.Email;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.PersonName;
import fr.passerelle.domain.shared.Siret;
import fr.passerelle.domain.shared.UserId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
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

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The accounts a company ADMIN manages ("Utilisateurs"); staff manage every account. An account the caller may not
 * manage answers 404. The bodies carry only what the caller chooses: an account's status and its owner's rights are
 * never set by a field, only by the commands the domain allows.
 */
@Path("/api/v1/users")
@Produces(MediaType.APPLICATION_JSON)
class UserResource {

    private static final String IF_MATCH = "If-Match";

    private final ColleagueQueries queries;
    private final ManageColleagues manage;
    private final JsonWebToken token;

    UserResource(ColleagueQueries queries, ManageColleagues manage, JsonWebToken token) {
        this.queries = queries;
        this.manage = manage;
        this.token = token;
    }

    private Caller caller() {
        return TokenCaller.from(token);
    }

    @GET
    @RolesAllowed({Role.Names.EMPLOYER, Role.Names.OPCO_STAFF})
    public UserPage list(@QueryParam("establishmentId") String establishmentId, @QueryParam("q") String words,
                         @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return UserPage.from(queries.list(caller(), new ColleagueSearch(
                Parameters.parse("establishmentId", establishmentId, text -> new EstablishmentId(UUID.fromString(text))),
                DossierSearch.wordsOf(words), Pages.request(limit, cursor))));
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @POST
    @RolesAllowed({Role.Names.EMPLOYER, Role.Names.OPCO_STAFF})
    public Response invite(NewUser body) {
        NewUser request = required(body);
        FieldReader reader = new FieldReader();
        Email email = reader.required("email", request.email(), "Indiquez l’adresse e-mail du nouvel utilisateur.", Email::of);
        String lastName = reader.required("lastName", request.lastName(), "Indiquez le nom du nouvel utilisateur.", String::strip);
        String firstName = reader.required("firstName", request.firstName(), "Indiquez le prénom du nouvel utilisateur.", String::strip);
        boolean forTrainingBody = request.trainingBody() != null;
        Siret trainingBody = forTrainingBody ? reader.required("trainingBody.siret", request.trainingBody().siret(),
                "Indiquez le SIRET de l’organisme de formation.", Siret::of) : null;
        reader.requireNoError();
        boolean byLinks = request.establishments() != null && !request.establishments().isEmpty();
        boolean inImageOf = request.inImageOf() != null;
        if ((byLinks ? 1 : 0) + (inImageOf ? 1 : 0) + (forTrainingBody ? 1 : 0) != 1) {
            throw new MalformedInputException("Indiquez soit les habilitations par établissement, soit le compte à prendre pour modèle, "
                    + "soit l’organisme de formation du nouvel utilisateur.");
        }
        PersonName name = PersonName.of(lastName, firstName);
        Invitation invitation;
        if (forTrainingBody) {
            invitation = manage.inviteForTrainingBody(caller(), new InviteForTrainingBody(email, name, trainingBody));
        } else if (byLinks) {
            invitation = manage.invite(caller(), new Invite(email, name, links(request.establishments())));
        } else {
            invitation = manage.inviteInImageOf(caller(), new InviteInImageOf(email, name, new UserId(request.inImageOf())));
        }
        UUID id = invitation.colleague().account().snapshot().id().value();
        return Response.created(UriBuilder.fromPath("/api/v1/users/{id}").build(id))
                .header(HttpHeaders.ETAG, Versions.etag(invitation.colleague().account().version()))
                .entity(UserDetail.from(invitation))
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.Names.EMPLOYER, Role.Names.OPCO_STAFF})
    public Response get(@PathParam("id") String id) {
        return ok(queries.view(caller(), userId(id)));
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @PUT
    @Path("/{id}/rights/{establishmentId}")
    @RolesAllowed({Role.Names.EMPLOYER, Role.Names.OPCO_STAFF})
    public Response changeRights(@PathParam("id") String id, @PathParam("establishmentId") String establishmentId,
                                 @HeaderParam(IF_MATCH) String ifMatch, Rights body) {
        EstablishmentId establishment = Parameters.parse("establishmentId", establishmentId, text -> new EstablishmentId(UUID.fromString(text)))
                .orElseThrow(() -> new ResourceNotFoundException("Cet établissement n’existe pas ou ne vous est pas accessible."));
        return ok(manage.changeRights(caller(), new ChangeRights(ref(id, ifMatch), establishment, rights(required(body).rights()))));
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @POST
    @Path("/{id}/suspend")
    @RolesAllowed({Role.Names.EMPLOYER, Role.Names.OPCO_STAFF})
    public Response suspend(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch, Reason body) {
        return ok(manage.suspend(caller(), new WithReason(ref(id, ifMatch), required(body).reason())));
    }

    @POST
    @Path("/{id}/reinstate")
    @RolesAllowed({Role.Names.EMPLOYER, Role.Names.OPCO_STAFF})
    public Response reinstate(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch) {
        return ok(manage.reinstate(caller(), ref(id, ifMatch)));
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @POST
    @Path("/{id}/close")
    @RolesAllowed({Role.Names.EMPLOYER, Role.Names.OPCO_STAFF})
    public Response close(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch, Reason body) {
        return ok(manage.close(caller(), new WithReason(ref(id, ifMatch), required(body).reason())));
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @POST
    @Path("/{id}/admin-handover")
    @RolesAllowed({Role.Names.EMPLOYER, Role.Names.OPCO_STAFF})
    public Response handOverAdmin(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch, AdminHandover body) {
        AdminHandover request = required(body);
        if (request.establishmentId() == null) {
            throw new MalformedInputException("Indiquez l’établissement dont vous transmettez l’administration.");
        }
        return ok(manage.handOverAdmin(caller(), new HandOverAdmin(ref(id, ifMatch), new EstablishmentId(request.establishmentId()),
                Boolean.TRUE.equals(request.keepMine()))));
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @POST
    @Path("/{id}/give-up-admin")
    @RolesAllowed({Role.Names.EMPLOYER, Role.Names.OPCO_STAFF})
    public Response giveUpAdmin(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch, EstablishmentRef body) {
        EstablishmentRef request = required(body);
        if (request.establishmentId() == null) {
            throw new MalformedInputException("Indiquez l’établissement dont vous quittez l’administration.");
        }
        return ok(manage.giveUpAdmin(caller(), new GiveUpAdmin(ref(id, ifMatch), new EstablishmentId(request.establishmentId()))));
    }

    private static Response ok(ColleagueView view) {
        return Response.ok(UserDetail.from(view)).header(HttpHeaders.ETAG, Versions.etag(view.account().version())).build();
    }

    private static UserId userId(String id) {
        return Parameters.parse("id", id, text -> new UserId(UUID.fromString(text)))
                .orElseThrow(() -> new ResourceNotFoundException("Ce compte n’existe pas ou ne vous est pas accessible."));
    }

    private static AccountRef ref(String id, String ifMatch) {
        return new AccountRef(userId(id), Versions.expected(ifMatch));
    }

    private static Map<EstablishmentId, Set<Right>> links(List<EstablishmentRights> establishments) {
        Map<EstablishmentId, Set<Right>> links = new HashMap<>();
        for (EstablishmentRights link : establishments) {
            if (link == null || link.establishmentId() == null) {
                throw new MalformedInputException("Chaque établissement doit être désigné par son identifiant.");
            }
            links.put(new EstablishmentId(link.establishmentId()), rights(link.rights()));
        }
        return links;
    }

    private static Set<Right> rights(List<String> names) {
        if (names == null) {
            throw new MalformedInputException("Indiquez la liste des habilitations (vide pour retirer l’accès à l’établissement).");
        }
        Set<Right> rights = EnumSet.noneOf(Right.class);
        for (String name : names) {
            rights.add(Parameters.parse("rights", name, Right::valueOf)
                    .orElseThrow(() -> new MalformedInputException("Le paramètre « rights » n'est pas valide.")));
        }
        return rights;
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new MalformedInputException("Cette opération attend un corps JSON.");
        }
        return body;
    }
}
