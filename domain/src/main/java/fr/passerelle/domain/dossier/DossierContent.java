package fr.passerelle.domain.dossier;

import fr.passerelle.domain.shared.Money;

import java.util.List;

/**
 * What the employer types into a dossier. Anything may be missing while it is a draft, so that nothing typed is
 * lost when saving half-way; {@link SubmissionRules} say what must be there, and be coherent, to submit it.
 */
public record DossierContent(Training training, TrainingBody trainingBody, List<Trainee> trainees, Costs costs,
                             Money amountRequested, Boolean subrogation, ContractData contract) {

    public static final DossierContent EMPTY = new DossierContent(null, null, null, null, null, null, null);

    public DossierContent {
        training = training == null ? Training.EMPTY : training;
        trainingBody = trainingBody == null ? TrainingBody.EMPTY : trainingBody;
        trainees = trainees == null ? List.of() : List.copyOf(trainees);
        costs = costs == null ? Costs.EMPTY : costs;
        contract = contract == null ? ContractData.EMPTY : contract;
    }

    /** With subrogation the OPCO pays the training body directly, which then invoices instead of the employer. */
    public boolean isSubrogated() {
        return Boolean.TRUE.equals(subrogation);
    }
}
