package fr.passerelle.domain.dossier;

import fr.passerelle.domain.shared.Money;
import fr.passerelle.domain.shared.Text;
import fr.passerelle.domain.shared.Violation;

import java.util.ArrayList;
import java.util.List;

/** Every field the funding scheme needs is filled in, with a sensible value. */
public final class CompleteContent implements SubmissionRule {

    @Override
    public List<Violation> check(Submission submission) {
        DossierContent content = submission.content();
        List<Violation> violations = new ArrayList<>();
        checkTraining(content.training(), violations);
        if (content.training().isExternal() && !content.trainingBody().isEmpty()) {
            checkTrainingBody(content.trainingBody(), violations);
        }
        checkTrainees(content.trainees(), violations);
        checkCosts(content.costs(), violations);
        if (content.amountRequested() == null) {
            violations.add(missing("amountRequested", "le montant demandé"));
        } else if (!content.amountRequested().isPositive()) {
            violations.add(new Violation("amountRequested", "AMOUNT_REQUESTED_NOT_POSITIVE", "Le montant demandé doit être supérieur à zéro."));
        }
        require(content.subrogation(), "subrogation", "si vous demandez la subrogation", violations);
        if (submission.scheme().isWorkStudyContract()) {
            checkContract(content.contract(), violations);
        }
        return violations;
    }

    private static void checkTraining(Training training, List<Violation> violations) {
        requireText(training.title(), "training.title", "l’intitulé de la formation", violations);
        requireText(training.objectives(), "training.objectives", "les objectifs de la formation", violations);
        require(training.startDate(), "training.startDate", "la date de début de la formation", violations);
        require(training.endDate(), "training.endDate", "la date de fin de la formation", violations);
        if (training.hours() == null) {
            violations.add(missing("training.hours", "la durée de la formation en heures"));
        } else if (training.hours() <= 0) {
            violations.add(new Violation("training.hours", "INVALID_HOURS", "La durée de la formation doit être d’au moins une heure."));
        }
        require(training.modality(), "training.modality", "la modalité de la formation", violations);
        require(training.external(), "training.external", "si la formation est interne ou externe", violations);
    }

    private static void checkTrainingBody(TrainingBody body, List<Violation> violations) {
        require(body.siret(), "trainingBody.siret", "le SIRET de l’organisme de formation", violations);
        require(body.nda(), "trainingBody.nda", "le numéro de déclaration d’activité de l’organisme", violations);
        requireText(body.name(), "trainingBody.name", "le nom de l’organisme de formation", violations);
    }

    private static void checkTrainees(List<Trainee> trainees, List<Violation> violations) {
        if (trainees.isEmpty()) {
            violations.add(new Violation("trainees", "TRAINEES_REQUIRED", "Ajoutez au moins un stagiaire."));
        }
        for (int i = 0; i < trainees.size(); i++) {
            Trainee trainee = trainees.get(i);
            String path = "trainees[" + i + "].";
            if (!trainee.isChosenFromRegister()) {
                requireText(trainee.lastName(), path + "lastName", "le nom du stagiaire", violations);
                requireText(trainee.firstName(), path + "firstName", "le prénom du stagiaire", violations);
                require(trainee.birthDate(), path + "birthDate", "la date de naissance du stagiaire", violations);
            }
            require(trainee.category(), path + "category", "la catégorie socio-professionnelle du stagiaire", violations);
            require(trainee.contractType(), path + "contractType", "le type de contrat du stagiaire", violations);
        }
    }

    private static void checkCosts(Costs costs, List<Violation> violations) {
        requireAmount(costs.teaching(), "costs.teaching", "les coûts pédagogiques", violations);
        requireAmount(costs.related(), "costs.related", "les frais annexes", violations);
        requireAmount(costs.salaries(), "costs.salaries", "les salaires", violations);
    }

    private static void checkContract(ContractData contract, List<Violation> violations) {
        require(contract.startDate(), "contract.startDate", "la date de début du contrat", violations);
        require(contract.endDate(), "contract.endDate", "la date de fin du contrat", violations);
        requireText(contract.tutorName(), "contract.tutorName", "le tuteur", violations);
        require(contract.beneficiaryBirthDate(), "contract.beneficiaryBirthDate", "la date de naissance du bénéficiaire", violations);
    }

    private static void requireAmount(Money amount, String field, String what, List<Violation> violations) {
        if (amount == null) {
            violations.add(missing(field, what));
        } else if (amount.isNegative()) {
            violations.add(new Violation(field, "NEGATIVE_AMOUNT", "Le montant ne peut pas être négatif."));
        }
    }

    private static void requireText(String value, String field, String what, List<Violation> violations) {
        if (Text.isBlank(value)) {
            violations.add(missing(field, what));
        }
    }

    private static void require(Object value, String field, String what, List<Violation> violations) {
        if (value == null) {
            violations.add(missing(field, what));
        }
    }

    private static Violation missing(String field, String what) {
        return new Violation(field, "REQUIRED", "Indiquez " + what + ".");
    }
}
