package fr.passerelle.application.dossier;

import fr.passerelle.domain.dossier.DossierNumber;
import fr.passerelle.domain.dossier.FundingScheme;
import fr.passerelle.domain.shared.Address;
import fr.passerelle.domain.shared.Money;
import fr.passerelle.domain.shared.Siret;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a decision letter says: to which establishment, about which dossier and training, what was decided, and when.
 *
 * @param date the day of the decision, in the OPCO's time zone
 */
public record DecisionLetter(DossierNumber number, String establishmentName, Siret siret, Address address,
                             FundingScheme scheme, Optional<String> trainingTitle, Optional<LocalDate> trainingStart,
                             Optional<LocalDate> trainingEnd, Optional<Money> amountRequested, Decision decision,
                             LocalDate date) {

    public DecisionLetter {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(establishmentName, "establishmentName");
        Objects.requireNonNull(siret, "siret");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(trainingTitle, "trainingTitle");
        Objects.requireNonNull(trainingStart, "trainingStart");
        Objects.requireNonNull(trainingEnd, "trainingEnd");
        Objects.requireNonNull(amountRequested, "amountRequested");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(date, "date");
    }

    /** Staff's decision: the funding granted, or refused with a reason. */
    public sealed interface Decision {
    }

    public record Granted(Money amount) implements Decision {

        public Granted {
            Objects.requireNonNull(amount, "amount");
        }
    }

    public record Refused(String reason) implements Decision {

        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
