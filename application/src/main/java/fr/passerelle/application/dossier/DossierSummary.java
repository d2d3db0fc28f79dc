package fr.passerelle.application.dossier;

import fr.passerelle.domain.dossier.DossierNumber;
import fr.passerelle.domain.dossier.DossierStatus;
import fr.passerelle.domain.dossier.FundingScheme;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a list of dossiers.
 *
 * @param unreadMessages messages of the dossier's thread the caller's side has not read yet
 */
public record DossierSummary(DossierNumber number, EstablishmentId establishmentId, FundingScheme scheme,
                             DossierStatus status, Optional<String> title, Optional<LocalDate> startDate,
                             Optional<Money> amountRequested, Instant updatedAt, int unreadMessages) {

    public DossierSummary {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(establishmentId, "establishmentId");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(amountRequested, "amountRequested");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public DossierSummary withUnreadMessages(int count) {
        return new DossierSummary(number, establishmentId, scheme, status, title, startDate, amountRequested, updatedAt, count);
    }
}
