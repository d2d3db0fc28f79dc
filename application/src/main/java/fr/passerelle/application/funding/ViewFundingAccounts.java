package fr.passerelle.application.funding;

import fr.passerelle.application.identity.Caller;
import fr.passerelle.domain.shared.EstablishmentId;

import java.util.Optional;

/** Inbound port: the funding accounts of the company behind an establishment, for its users and for staff. */
public interface ViewFundingAccounts {

    /** @param year the year to show; the current year when empty */
    CompanyFundingAccounts accountsOf(Caller caller, EstablishmentId establishment, Optional<Integer> year);
}
