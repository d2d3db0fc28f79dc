package fr.passerelle.application.dossier;

import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.Money;

/** Outbound port: what the company behind an establishment may still be granted. */
public interface CompanyFunds {

    /** The company's training budget, less what its granted dossiers still commit. */
    Money availableFor(EstablishmentId establishment);
}
