package fr.passerelle.adapters.rest.funding;

import fr.passerelle.adapters.rest.problem.InvalidFieldsException;
import fr.passerelle.adapters.rest.problem.Problem.FieldError;
import fr.passerelle.adapters.rest.security.TokenCaller;
import fr.passerelle.adapters.rest.shared.Parameters;
import fr.passerelle.application.funding.CompanyFundingAccounts;
import fr.passerelle.application.funding.FundingEnvelope;
import fr.passerelle.application.funding.SetFundingEnvelope;
import fr.passerelle.application.funding.ViewFundingAccounts;
import fr.passerelle.application.identity.Role;
import fr.passerelle.application.shared.MalformedInputException;
import fr.passerelle.application.shared.ResourceNotFoundException;
import fr.passerelle.domain.dossier.FundingSource;
import fr.passerelle.domain.shared.DomainException;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.Money;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.List;
import java.util.UUID;

/** "Mes comptes": the funding envelopes of the company behind an establishment; staff set their amounts. */
@Path("/api/v1/establishments/{establishmentId}/funding-accounts")
@Produces(MediaType.APPLICATION_JSON)
class FundingAccountResource {

    record EnvelopeAmount(String amount) {
    }

    record EnvelopeResponse(FundingSource source, String label, String amount, String committed, String invoiced, String paid,
                            String availableForCommitment, String balanceForPayment) {

        static EnvelopeResponse from(FundingEnvelope envelope) {
            return new EnvelopeResponse(envelope.source(), envelope.source().label(), envelope.amount().toString(),
                    envelope.committed().toString(), envelope.invoiced().toString(), envelope.paid().toString(),
                    envelope.availableForCommitment().toString(), envelope.balanceForPayment().toString());
        }
    }

    record FundingAccountsResponse(String companyName, int year, List<EnvelopeResponse> envelopes) {

        static FundingAccountsResponse from(CompanyFundingAccounts accounts) {
            return new FundingAccountsResponse(accounts.companyName(), accounts.year(),
                    accounts.envelopes().stream().map(EnvelopeResponse::from).toList());
        }
    }

    private final ViewFundingAccounts view;
    private final SetFundingEnvelope set;
    private final JsonWebToken token;

    FundingAccountResource(ViewFundingAccounts view, SetFundingEnvelope set, JsonWebToken token) {
        this.view = view;
        this.set = set;
        this.token = token;
    }

    @GET
    @RolesAllowed({Role.Names.EMPLOYER, Role.Names.OPCO_STAFF})
    public FundingAccountsResponse read(@PathParam("establishmentId") String establishmentId, @QueryParam("year") String year) {
        return FundingAccountsResponse.from(view.accountsOf(TokenCaller.from(token), establishment(establishmentId),
                Parameters.parse("year", year, Integer::valueOf)));
    }

    @PUT
    @Path("/{year}/{source}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.OPCO_STAFF)
    public FundingAccountsResponse setAmount(@PathParam("establishmentId") String establishmentId, @PathParam("year") String year,
                                             @PathParam("source") String source, EnvelopeAmount body) {
        int shownYear = Parameters.parse("year", year, Integer::valueOf).orElseThrow();
        FundingSource fundingSource = Parameters.parse("source", source, FundingSource::valueOf).orElseThrow();
        if (body == null) {
            throw new MalformedInputException("Cette opération attend un corps JSON.");
        }
        Money amount;
        try {
            amount = Money.parse(body.amount());
        } catch (DomainException invalid) {
            throw new InvalidFieldsException(List.of(new FieldError("amount", invalid.code(), invalid.getMessage())));
        }
        return FundingAccountsResponse.from(set.set(TokenCaller.from(token),
                new SetFundingEnvelope.Command(establishment(establishmentId), shownYear, fundingSource, amount)));
    }

    private static EstablishmentId establishment(String id) {
        try {
            return new EstablishmentId(UUID.fromString(id));
        } catch (IllegalArgumentException malformed) {
            throw new ResourceNotFoundException("Cet établissement n’existe pas ou ne vous est pas accessible.");
        }
    }
}
