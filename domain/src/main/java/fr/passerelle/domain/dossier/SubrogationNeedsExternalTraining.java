package fr.passerelle.domain.dossier;

import fr.passerelle.domain.shared.Violation;

import java.util.List;

/** Subrogation means paying the training body directly: there must be one, so the training must be external. */
public final class SubrogationNeedsExternalTraining implements SubmissionRule {

    @Override
    public List<Violation> check(Submission submission) {
        DossierContent content = submission.content();
        if (content.isSubrogated() && !content.training().isExternal()) {
            return List.of(new Violation("subrogation", "SUBROGATION_NEEDS_EXTERNAL_TRAINING",
                    "La subrogation n’est possible que pour une formation externe."));
        }
        return List.of();
    }
}
