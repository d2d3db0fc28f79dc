package fr.passerelle.application.funding;

import fr.passerelle.application.identity.Caller;
import fr.passerelle.domain.dossier.FundingSource;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.Money;

import java.util.Objects;

/** Inbound port: staff set the amount of one of a company's envelopes. */
public interface SetFundingEnvelope {

    record Command(EstablishmentId establishment, int year, FundingSource source, Money amount) {

        public Command {
            Objects.requireNonNull(establishment, "establishment");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(amount, "amount");
        }
    }

    CompanyFundingAccounts set(Caller caller, Command command);
}
