package fr.passerelle.application.funding;

import java.util.List;
import java.util.Objects;

/** "Mes comptes": a company's envelopes of one year. */
public record CompanyFundingAccounts(String companyName, int year, List<FundingEnvelope> envelopes) {

    public CompanyFundingAccounts {
        Objects.requireNonNull(companyName, "companyName");
        envelopes = List.copyOf(envelopes);
    }
}
