package fr.passerelle.adapters.rest.account;

import fr.passerelle.adapters.rest.problem.InvalidFieldsException;
import fr.passerelle.adapters.rest.problem.Problem.FieldError;
import fr.passerelle.adapters.rest.security.TokenCaller;
import fr.passerelle.adapters.rest.shared.Pages;
import fr.passerelle.adapters.rest.shared.Versions;
import fr.passerelle.application.account.AccountRequest;
import fr.passerelle.application.account.AccountRequestPage;
import fr.passerelle.application.account.StaffAccountRequests.Approve;
import fr.passerelle.application.account.StaffAccountRequests.Reject;
import fr.passerelle.application.account.StaffAccountRequests;
import fr.passerelle.application.identity.Role;
import fr.passerelle.application.shared.MalformedInputException;
import fr.passerelle.application.shared.ResourceNotFoundException;
import fr.passerelle.domain.account.Right;
import fr.passerelle.domain.shared.DomainException;
import fr.passerelle.domain.shared.EstablishmentId;
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

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Staff's queue of self-registered accounts waiting for approval, and the decision on each. */
@Path("/api/v1/staff/account-requests")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.OPCO_STAFF)
class AccountRequestResource {

    private final StaffAccountRequests requests;
    private final JsonWebToken token;

    AccountRequestResource(StaffAccountRequests requests, JsonWebToken token) {
        this.requests = requests;
        this.token = token;
    }

    @GET
    public PageResponse pending(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        AccountRequestPage page = requests.pending(TokenCaller.from(token), Pages.request(limit, cursor));
        return new PageResponse(page.items().stream().map(RequestResponse::from).toList(), page.nextCursor().orElse(null));
    }

    @POST
    @Path("/{accountId}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response approve(@PathParam("accountId") String accountId, @HeaderParam("If-Match") String ifMatch, Approval body) {
        if (body == null || body.establishments() == null) {
            throw new MalformedInputException("Indiquez les habilitations accordées pour chaque établissement demandé.");
        }
        Map<EstablishmentId, Set<Right>> rights = new HashMap<>();
        List<FieldError> errors = new java.util.ArrayList<>();
        for (int index = 0; index < body.establishments().size(); index++) {
            EstablishmentRights granted = body.establishments().get(index);
            if (granted == null || granted.establishmentId() == null || granted.rights() == null) {
                errors.add(new FieldError("establishments[" + index + "]", "INVALID_RIGHTS",
                        "Indiquez l’établissement et la liste de ses habilitations (vide pour ne pas le rattacher)."));
            } else {
                rights.put(new EstablishmentId(granted.establishmentId()),
                        granted.rights().isEmpty() ? Set.of() : EnumSet.copyOf(granted.rights()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
        return ok(requests.approve(TokenCaller.from(token), new Approve(id(accountId), Versions.expected(ifMatch), rights)));
    }

    @POST
    @Path("/{accountId}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reject(@PathParam("accountId") String accountId, @HeaderParam("If-Match") String ifMatch, Rejection body) {
        Reject command;
        try {
            command = new Reject(id(accountId), Versions.expected(ifMatch), body == null ? null : body.reason());
        } catch (DomainException missingReason) {
            throw new InvalidFieldsException(List.of(new FieldError("reason", missingReason.code(),
                    "Indiquez le motif du refus : il sera montré au demandeur.")));
        }
        return ok(requests.reject(TokenCaller.from(token), command));
    }

    private static UUID id(String accountId) {
        try {
            return UUID.fromString(accountId);
        } catch (IllegalArgumentException unknown) {
            throw new ResourceNotFoundException("Cette demande de compte n’existe pas ou ne vous est pas accessible.");
        }
    }

    private static Response ok(AccountRequest request) {
        return Response.ok(RequestResponse.from(request)).header(HttpHeaders.ETAG, Versions.etag(request.version())).build();
    }

    record Approval(List<EstablishmentRights> establishments) {
    }

    record EstablishmentRights(UUID establishmentId, List<Right> rights) {
    }

    record Rejection(String reason) {
    }

    record PageResponse(List<RequestResponse> items, String nextCursor) {
    }

    record RequestResponse(UUID accountId, String email, String firstName, String lastName, String phone, String status,
                           Instant registeredAt, long version, List<RequestedEstablishment> establishments) {

        static RequestResponse from(AccountRequest request) {
            return new RequestResponse(request.accountId().value(), request.email().value(), request.name().firstName(),
                    request.name().lastName(), request.phone().map(Object::toString).orElse(null), request.status().name(),
                    request.registeredAt(), request.version(),
                    request.establishments().stream().map(RequestedEstablishment::from).toList());
        }
    }

    record RequestedEstablishment(UUID id, String siret, String name, boolean closed, boolean emailAmongContacts,
                                  List<String> rights) {

        static RequestedEstablishment from(AccountRequest.RequestedEstablishmentView view) {
            return new RequestedEstablishment(view.id().value(), view.siret().value(), view.name(), view.closed(),
                    view.emailAmongContacts(), view.rights().stream().map(Enum::name).sorted().toList());
        }
    }
}
