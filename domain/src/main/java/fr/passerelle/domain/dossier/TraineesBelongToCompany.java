package fr.passerelle.domain.dossier;

import fr.passerelle.domain.shared.Violation;

import java.util.ArrayList;
import java.util.List;

/** A trainee chosen from a register is an employee of the dossier's company, not of another one. */
public final class TraineesBelongToCompany implements SubmissionRule {

    @Override
    public List<Violation> check(Submission submission) {
        List<Violation> violations = new ArrayList<>();
        List<Trainee> trainees = submission.content().trainees();
        for (int i = 0; i < trainees.size(); i++) {
            Trainee trainee = trainees.get(i);
            if (trainee.isChosenFromRegister() && !submission.companyEmployees().contains(trainee.employeeId())) {
                violations.add(new Violation("trainees[" + i + "].employeeId", "TRAINEE_NOT_IN_COMPANY",
                        "Ce salarié n’appartient pas à l’entreprise de l’établissement."));
            }
        }
        return violations;
    }
}
