package fr.passerelle.adapters.rest.establishment;

import fr.passerelle.adapters.rest.establishment.StaffQueuesResponses.PendingBankAccountPage;
import fr.passerelle.adapters.rest.establishment.StaffQueuesResponses.PendingChangePage;
import fr.passerelle.adapters.rest.security.TokenCaller;
import fr.passerelle.adapters.rest.shared.Pages;
import fr.passerelle.application.establishment.StaffEstablishments;
import fr.passerelle.application.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Staff's queues of establishment change requests and of bank accounts to check, the longest waiting first. */
@Path("/api/v1/staff")
@Produces(MediaType.APPLICATION_JSON)
class StaffEstablishmentQueuesResource {

    private final StaffEstablishments staff;
    private final JsonWebToken token;

    StaffEstablishmentQueuesResource(StaffEstablishments staff, JsonWebToken token) {
        this.staff = staff;
        this.token = token;
    }

    @GET
    @Path("/establishment-changes")
    @RolesAllowed(Role.Names.OPCO_STAFF)
    public PendingChangePage changes(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return PendingChangePage.from(staff.changeQueue(TokenCaller.from(token), Pages.request(limit, cursor)));
    }

    @GET
    @Path("/bank-accounts")
    @RolesAllowed(Role.Names.OPCO_STAFF)
    public PendingBankAccountPage bankAccounts(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return PendingBankAccountPage.from(staff.bankAccountQueue(TokenCaller.from(token), Pages.request(limit, cursor)));
    }
}
