package fr.passerelle.domain.dossier;

import fr.passerelle.domain.shared.Violation;

import java.util.ArrayList;
import java.util.List;

/** Every rule a dossier must satisfy to be submitted. */
public final class SubmissionRules {

    public static final List<SubmissionRule> ALL = List.of(
            new CompleteContent(),
            new CoherentDates(),
            new ProfessionalisationContractMinimumDuration(),
            new BeneficiaryMinimumAge(),
            new PlanReservedToSmallCompanies(),
            new ExternalTrainingNeedsTrainingBody(),
            new SubrogationNeedsExternalTraining(),
            new TraineesBelongToCompany());

    private SubmissionRules() {
    }

    public static List<Violation> check(Submission submission) {
        List<Violation> violations = new ArrayList<>();
        for (SubmissionRule rule : ALL) {
            violations.addAll(rule.check(submission));
        }
        return List.copyOf(violations);
    }
}
