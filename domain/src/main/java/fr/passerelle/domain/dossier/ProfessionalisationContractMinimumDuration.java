package fr.passerelle.domain.dossier;

import fr.passerelle.domain.shared.DateRange;
import fr.passerelle.domain.shared.Violation;

import java.time.Period;
import java.util.List;

/** A professionalisation contract lasts at least six months (Code du travail, art. L6325-11). */
public final class ProfessionalisationContractMinimumDuration implements SubmissionRule {

    public static final Period MINIMUM = Period.ofMonths(6);

    @Override
    public List<Violation> check(Submission submission) {
        if (submission.scheme() != FundingScheme.CONTRAT_PRO) {
            return List.of();
        }
        ContractData contract = submission.content().contract();
        return CoherentDates.period(contract.startDate(), contract.endDate())
                .filter(period -> !period.lastsAtLeast(MINIMUM))
                .map(ProfessionalisationContractMinimumDuration::tooShort)
                .stream()
                .toList();
    }

    private static Violation tooShort(DateRange period) {
        return new Violation("contract.endDate", "CONTRACT_TOO_SHORT",
                "Un contrat de professionnalisation dure au moins 6 mois : celui-ci va du " + period.start() + " au " + period.end() + ".");
    }
}
