package fr.passerelle.domain.dossier;

import fr.passerelle.domain.shared.DateRange;
import fr.passerelle.domain.shared.Violation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Periods end after they start, and an apprentice or a professionalisation trainee is only trained under contract. */
public final class CoherentDates implements SubmissionRule {

    @Override
    public List<Violation> check(Submission submission) {
        List<Violation> violations = new ArrayList<>();
        Training training = submission.content().training();
        ContractData contract = submission.content().contract();
        Optional<DateRange> trainingPeriod = period(training.startDate(), training.endDate());
        if (isInverted(training.startDate(), training.endDate())) {
            violations.add(new Violation("training.endDate", "TRAINING_DATES_INCOHERENT",
                    "La formation ne peut pas finir avant d’avoir commencé."));
        }
        if (!submission.scheme().isWorkStudyContract()) {
            return violations;
        }
        Optional<DateRange> contractPeriod = period(contract.startDate(), contract.endDate());
        if (isInverted(contract.startDate(), contract.endDate())) {
            violations.add(new Violation("contract.endDate", "CONTRACT_DATES_INCOHERENT",
                    "Le contrat ne peut pas finir avant d’avoir commencé."));
        }
        if (trainingPeriod.isPresent() && contractPeriod.isPresent() && !contractPeriod.get().encloses(trainingPeriod.get())) {
            violations.add(new Violation("training.startDate", "TRAINING_OUTSIDE_CONTRACT",
                    "La formation doit se dérouler pendant le contrat."));
        }
        return violations;
    }

    static Optional<DateRange> period(LocalDate start, LocalDate end) {
        if (start == null || end == null || end.isBefore(start)) {
            return Optional.empty();
        }
        return Optional.of(DateRange.of(start, end));
    }

    private static boolean isInverted(LocalDate start, LocalDate end) {
        return start != null && end != null && end.isBefore(start);
    }
}
