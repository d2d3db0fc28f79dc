package fr.passerelle.adapters.rest.dossier;

import fr.passerelle.adapters.rest.problem.InvalidFieldsException;
import fr.passerelle.adapters.rest.problem.Problem.FieldError;
import fr.passerelle.domain.dossier.ContractData;
import fr.passerelle.domain.dossier.Costs;
import fr.passerelle.domain.dossier.DossierContent;
import fr.passerelle.domain.dossier.EmployeeId;
import fr.passerelle.domain.dossier.EmploymentContractType;
import fr.passerelle.domain.dossier.Modality;
import fr.passerelle.domain.dossier.SocioProfessionalCategory;
import fr.passerelle.domain.dossier.Trainee;
import fr.passerelle.domain.dossier.Training;
import fr.passerelle.domain.dossier.TrainingBody;
import fr.passerelle.domain.shared.DomainException;
import fr.passerelle.domain.shared.Money;
import fr.passerelle.domain.shared.Nda;
import fr.passerelle.domain.shared.Siret;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** What the employer typed, as it travels: every part optional. Values that cannot even be read are refused per field. */
record DossierContentDto(TrainingDto training, TrainingBodyDto trainingBody, List<TraineeDto> trainees, CostsDto costs,
                         String amountRequested, Boolean subrogation, ContractDto contract) {

    record TrainingDto(String title, String objectives, LocalDate startDate, LocalDate endDate, Integer hours,
                       Modality modality, Boolean external) {
    }

    record TrainingBodyDto(String siret, String nda, String name) {
    }

    record TraineeDto(UUID employeeId, String lastName, String firstName, LocalDate birthDate,
                      SocioProfessionalCategory category, EmploymentContractType contractType) {
    }

    record CostsDto(String teaching, String related, String salaries) {
    }

    record ContractDto(LocalDate startDate, LocalDate endDate, String tutorName, LocalDate beneficiaryBirthDate) {
    }

    static DossierContentDto from(DossierContent content) {
        Training training = content.training();
        TrainingBody body = content.trainingBody();
        Costs costs = content.costs();
        ContractData contract = content.contract();
        return new DossierContentDto(
                new TrainingDto(training.title(), training.objectives(), training.startDate(), training.endDate(), training.hours(),
                        training.modality(), training.external()),
                new TrainingBodyDto(body.siret() == null ? null : body.siret().value(), body.nda() == null ? null : body.nda().value(),
                        body.name()),
                content.trainees().stream().map(trainee -> new TraineeDto(
                        trainee.employeeId() == null ? null : trainee.employeeId().value(), trainee.lastName(), trainee.firstName(),
                        trainee.birthDate(), trainee.category(), trainee.contractType())).toList(),
                new CostsDto(text(costs.teaching()), text(costs.related()), text(costs.salaries())),
                text(content.amountRequested()),
                content.subrogation(),
                new ContractDto(contract.startDate(), contract.endDate(), contract.tutorName(), contract.beneficiaryBirthDate()));
    }

    static String text(Money money) {
        return money == null ? null : money.toString();
    }

    /** The content for the domain; every value that cannot be read is reported at once, on its field. */
    DossierContent toDomain() {
        Reader reader = new Reader();
        TrainingDto trainingPart = training == null ? new TrainingDto(null, null, null, null, null, null, null) : training;
        TrainingBodyDto bodyPart = trainingBody == null ? new TrainingBodyDto(null, null, null) : trainingBody;
        CostsDto costsPart = costs == null ? new CostsDto(null, null, null) : costs;
        ContractDto contractPart = contract == null ? new ContractDto(null, null, null, null) : contract;
        List<Trainee> traineeList = new ArrayList<>();
        List<TraineeDto> given = trainees == null ? List.of() : trainees;
        for (TraineeDto trainee : given) {
            if (trainee != null) {
                traineeList.add(new Trainee(trainee.employeeId() == null ? null : new EmployeeId(trainee.employeeId()),
                        trainee.lastName(), trainee.firstName(), trainee.birthDate(), trainee.category(), trainee.contractType()));
            }
        }
        DossierContent content = new DossierContent(
                new Training(trainingPart.title(), trainingPart.objectives(), trainingPart.startDate(), trainingPart.endDate(),
                        trainingPart.hours(), trainingPart.modality(), trainingPart.external()),
                new TrainingBody(reader.read("content.trainingBody.siret", bodyPart.siret(), Siret::of),
                        reader.read("content.trainingBody.nda", bodyPart.nda(), Nda::of), bodyPart.name()),
                traineeList,
                new Costs(reader.money("content.costs.teaching", costsPart.teaching()),
                        reader.money("content.costs.related", costsPart.related()),
                        reader.money("content.costs.salaries", costsPart.salaries())),
                reader.money("content.amountRequested", amountRequested),
                subrogation,
                new ContractData(contractPart.startDate(), contractPart.endDate(), contractPart.tutorName(),
                        contractPart.beneficiaryBirthDate()));
        if (!reader.errors.isEmpty()) {
            throw new InvalidFieldsException(reader.errors);
        }
        return content;
    }

    /** Reads values through the domain's value objects, keeping each refusal on its field. */
    private static final class Reader {

        private final List<FieldError> errors = new ArrayList<>();

        <T> T read(String field, String text, Function<String, T> parse) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return parse.apply(text);
            } catch (DomainException invalid) {
                errors.add(new FieldError(field, invalid.code(), invalid.getMessage()));
                return null;
            }
        }

        Money money(String field, String text) {
            return read(field, text, Money::parse);
        }
    }
}
