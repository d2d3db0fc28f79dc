package fr.passerelle.domain.dossier;

import fr.passerelle.domain.shared.Violation;

import java.util.List;

/** The beneficiary of a professionalisation contract is at least 16 on the day the contract starts. */
public final class BeneficiaryMinimumAge implements SubmissionRule {

    public static final int MINIMUM_AGE = 16;

    @Override
    public List<Violation> check(Submission submission) {
        ContractData contract = submission.content().contract();
        if (submission.scheme() != FundingScheme.CONTRAT_PRO || contract.startDate() == null || contract.beneficiaryBirthDate() == null) {
            return List.of();
        }
        if (contract.beneficiaryBirthDate().plusYears(MINIMUM_AGE).isAfter(contract.startDate())) {
            return List.of(new Violation("contract.beneficiaryBirthDate", "BENEFICIARY_TOO_YOUNG",
                    "Le bénéficiaire doit avoir au moins " + MINIMUM_AGE + " ans au début du contrat."));
        }
        return List.of();
    }
}
