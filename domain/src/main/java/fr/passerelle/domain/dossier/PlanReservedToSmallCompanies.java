package fr.passerelle.domain.dossier;

import fr.passerelle.domain.shared.Violation;

import java.util.List;

/** The OPCO funds the skills development plan only for companies of fewer than 50 employees. */
public final class PlanReservedToSmallCompanies implements SubmissionRule {

    public static final int HEADCOUNT_LIMIT = 50;

    @Override
    public List<Violation> check(Submission submission) {
        if (submission.scheme() == FundingScheme.PLAN && submission.companyHeadcount() >= HEADCOUNT_LIMIT) {
            return List.of(new Violation("scheme", "PLAN_COMPANY_TOO_LARGE",
                    "Le plan de développement des compétences est réservé aux entreprises de moins de " + HEADCOUNT_LIMIT
                            + " salariés (effectif déclaré : " + submission.companyHeadcount() + ")."));
        }
        return List.of();
    }
}
