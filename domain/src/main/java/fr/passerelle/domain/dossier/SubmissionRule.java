package fr.passerelle.domain.dossier;

import fr.passerelle.domain.shared.Violation;

import java.util.List;

/** One rule a dossier must satisfy to be submitted. It reports problems instead of throwing, so that all are shown at once. */
public interface SubmissionRule {

    List<Violation> check(Submission submission);
}
