package fr.passerelle.domain.dossier;

import fr.passerelle.domain.shared.Violation;

import java.util.List;

/** A training given outside the company is given by someone: the dossier names that training body. */
public final class ExternalTrainingNeedsTrainingBody implements SubmissionRule {

    @Override
    public List<Violation> check(Submission submission) {
        DossierContent content = submission.content();
        if (content.training().isExternal() && content.trainingBody().isEmpty()) {
            return List.of(new Violation("trainingBody", "TRAINING_BODY_REQUIRED",
                    "Une formation externe doit indiquer son organisme de formation."));
        }
        return List.of();
    }
}
