package fr.passerelle.domain.dossier;

import fr.passerelle.domain.shared.DomainEvent;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.Money;
import fr.passerelle.domain.shared.UserId;

import java.time.Instant;
import java.util.Optional;

public sealed interface DossierEvent extends DomainEvent {

    DossierId dossierId();

    record Drafted(DossierId dossierId, DossierNumber number, EstablishmentId establishmentId, FundingScheme scheme,
                   UserId by, Instant at) implements DossierEvent {
    }

    /**
     * @param committed the funds this transition commits (the granted amount), zero otherwise
     * @param released  the funds this transition gives back to the company (committed but not invoiced), zero otherwise
     */
    record Transitioned(DossierId dossierId, DossierAction action, DossierStatus from, DossierStatus to,
                        Optional<String> reason, Money committed, Money released, UserId by, Instant at)
            implements DossierEvent {
    }
}
