package fr.passerelle.adapters.rest.invoice;

import fr.passerelle.adapters.rest.security.TokenCaller;
import fr.passerelle.application.identity.Role;
import fr.passerelle.application.invoice.OrderPayments;
import fr.passerelle.application.invoice.OrderPayments.BankDetails;
import fr.passerelle.application.invoice.TrainingBodyBankAccount;
import fr.passerelle.application.shared.MalformedInputException;
import fr.passerelle.application.shared.ResourceNotFoundException;
import fr.passerelle.domain.shared.DomainException;
import fr.passerelle.domain.shared.Siret;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Instant;
import java.util.UUID;

/** Staff register the bank account a training body is paid on under subrogation (its RIB, checked by them). */
@Path("/api/v1/staff/training-bodies/{siret}/bank-account")
@Produces(MediaType.APPLICATION_JSON)
class StaffTrainingBodyResource {

    record BankAccountRequest(String iban, String bic, String holder) {
    }

    record BankAccountResponse(UUID id, String siret, String iban, String bic, String holder, Instant registeredAt) {

        static BankAccountResponse from(TrainingBodyBankAccount account) {
            return new BankAccountResponse(account.id().value(), account.siret().value(), account.iban().value(), account.bic().value(),
                    account.holder(), account.registeredAt());
        }
    }

    private final OrderPayments orders;
    private final JsonWebToken token;

    StaffTrainingBodyResource(OrderPayments orders, JsonWebToken token) {
        this.orders = orders;
        this.token = token;
    }

    @GET
    @RolesAllowed(Role.Names.OPCO_STAFF)
    public BankAccountResponse get(@PathParam("siret") String siret) {
        return orders.trainingBodyBankAccount(TokenCaller.from(token), siret(siret)).map(BankAccountResponse::from)
                .orElseThrow(() -> new ResourceNotFoundException("Aucun compte bancaire actif n’est enregistré pour cet organisme."));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.OPCO_STAFF)
    public BankAccountResponse register(@PathParam("siret") String siret, BankAccountRequest body) {
        if (body == null || body.iban() == null || body.bic() == null || body.holder() == null) {
            throw new MalformedInputException("Indiquez l’IBAN, le BIC et le titulaire du compte.");
        }
        return BankAccountResponse.from(orders.registerTrainingBodyBankAccount(TokenCaller.from(token), siret(siret),
                new BankDetails(body.iban(), body.bic(), body.holder())));
    }

    private static Siret siret(String text) {
        try {
            return Siret.of(text);
        } catch (DomainException malformed) {
            throw new ResourceNotFoundException("Cet organisme de formation n’est pas connu.");
        }
    }
}
