package fr.passerelle.application.dossier;

import fr.passerelle.domain.establishment.Establishment;
import fr.passerelle.domain.shared.EstablishmentId;

import java.util.Optional;

/** Outbound port: the establishments dossiers are filed for, with what the submission policies read of them. */
public interface EstablishmentDirectory {

    Optional<Establishment> find(EstablishmentId id);
}
