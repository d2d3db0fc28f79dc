package fr.passerelle.domain.establishment;

import fr.passerelle.domain.shared.DomainEvent;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.Siret;
import fr.passerelle.domain.shared.UserId;

import java.time.Instant;
import java.util.Optional;

public sealed interface EstablishmentEvent extends DomainEvent {

    EstablishmentId establishmentId();

    record Registered(EstablishmentId establishmentId, Siret siret, UserId by, Instant at) implements EstablishmentEvent {
    }

    record Transitioned(EstablishmentId establishmentId, EstablishmentAction action, EstablishmentStatus from,
                        EstablishmentStatus to, Optional<String> reason, UserId by, Instant at) implements EstablishmentEvent {
    }

    /** A bank account was proposed ({@code from} empty) or moved; validating one may retire the active one too. */
    record BankAccountTransitioned(EstablishmentId establishmentId, BankAccountId bankAccountId,
                                   Optional<BankAccountStatus> from, BankAccountStatus to, UserId by, Instant at)
            implements EstablishmentEvent {
    }
}
