package fr.passerelle.adapters.persistence.dossier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.passerelle.domain.dossier.ContractData;
import fr.passerelle.domain.dossier.Costs;
import fr.passerelle.domain.dossier.DocumentRequest;
import fr.passerelle.domain.dossier.DocumentType;
import fr.passerelle.domain.dossier.DossierContent;
import fr.passerelle.domain.dossier.DossierDocument;
import fr.passerelle.domain.dossier.EmployeeId;
import fr.passerelle.domain.dossier.EmploymentContractType;
import fr.passerelle.domain.dossier.Modality;
import fr.passerelle.domain.dossier.PendingRequest;
import fr.passerelle.domain.dossier.RequestKind;
import fr.passerelle.domain.dossier.SocioProfessionalCategory;
import fr.passerelle.domain.dossier.Termination;
import fr.passerelle.domain.dossier.Trainee;
import fr.passerelle.domain.dossier.Training;
import fr.passerelle.domain.dossier.TrainingBody;
import fr.passerelle.domain.shared.DocumentId;
import fr.passerelle.domain.shared.Money;
import fr.passerelle.domain.shared.Nda;
import fr.passerelle.domain.shared.Siret;
import fr.passerelle.domain.shared.UserId;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The JSON columns of a dossier, mapped field by field: the stored shape is this class's records, never the domain's
 * classes, so that a refactoring of the domain cannot silently change what is stored.
 */
final class DossierJson {

    private final ObjectMapper mapper;

    DossierJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    record ContentJson(TrainingJson training, TrainingBodyJson trainingBody, List<TraineeJson> trainees, CostsJson costs,
                       BigDecimal amountRequested, Boolean subrogation, ContractJson contract) {
    }

    record TrainingJson(String title, String objectives, LocalDate startDate, LocalDate endDate, Integer hours,
                        String modality, Boolean external) {
    }

    record TrainingBodyJson(String siret, String nda, String name) {
    }

    record TraineeJson(UUID employeeId, String lastName, String firstName, LocalDate birthDate, String category,
                       String contractType) {
    }

    record CostsJson(BigDecimal teaching, BigDecimal related, BigDecimal salaries) {
    }

    record ContractJson(LocalDate startDate, LocalDate endDate, String tutorName, LocalDate beneficiaryBirthDate) {
    }

    record DocumentJson(UUID id, String type, String fileName, int version, UUID supersedes, boolean superseded,
                        UUID attachedBy, Instant attachedAt) {
    }

    record DocumentRequestJson(List<String> types, LocalDate dueDate, String message, UUID requestedBy, Instant requestedAt) {
    }

    record PendingRequestJson(String kind, String message, UUID requestedBy, Instant requestedAt) {
    }

    record TerminationJson(LocalDate date, String reason) {
    }

    String content(DossierContent content) {
        Training training = content.training();
        TrainingBody body = content.trainingBody();
        Costs costs = content.costs();
        ContractData contract = content.contract();
        return write(new ContentJson(
                new TrainingJson(training.title(), training.objectives(), training.startDate(), training.endDate(), training.hours(),
                        name(training.modality()), training.external()),
                new TrainingBodyJson(text(body.siret(), Siret::value), text(body.nda(), Nda::value), body.name()),
                content.trainees().stream().map(trainee -> new TraineeJson(
                        trainee.employeeId() == null ? null : trainee.employeeId().value(), trainee.lastName(), trainee.firstName(),
                        trainee.birthDate(), name(trainee.category()), name(trainee.contractType()))).toList(),
                new CostsJson(amount(costs.teaching()), amount(costs.related()), amount(costs.salaries())),
                amount(content.amountRequested()),
                content.subrogation(),
                new ContractJson(contract.startDate(), contract.endDate(), contract.tutorName(), contract.beneficiaryBirthDate())));
    }

    DossierContent content(String json) {
        ContentJson content = read(json, new TypeReference<>() {
        });
        TrainingJson training = content.training();
        TrainingBodyJson body = content.trainingBody();
        CostsJson costs = content.costs();
        ContractJson contract = content.contract();
        return new DossierContent(
                new Training(training.title(), training.objectives(), training.startDate(), training.endDate(), training.hours(),
                        value(training.modality(), Modality::valueOf), training.external()),
                new TrainingBody(value(body.siret(), Siret::of), value(body.nda(), Nda::of), body.name()),
                content.trainees().stream().map(trainee -> new Trainee(
                        trainee.employeeId() == null ? null : new EmployeeId(trainee.employeeId()), trainee.lastName(),
                        trainee.firstName(), trainee.birthDate(), value(trainee.category(), SocioProfessionalCategory::valueOf),
                        value(trainee.contractType(), EmploymentContractType::valueOf))).toList(),
                new Costs(money(costs.teaching()), money(costs.related()), money(costs.salaries())),
                money(content.amountRequested()),
                content.subrogation(),
                new ContractData(contract.startDate(), contract.endDate(), contract.tutorName(), contract.beneficiaryBirthDate()));
    }

    String documents(List<DossierDocument> documents) {
        return write(documents.stream().map(document -> new DocumentJson(document.id().value(), document.type().name(),
                document.fileName(), document.version(), document.supersedes().map(DocumentId::value).orElse(null),
                document.superseded(), document.attachedBy().value(), document.attachedAt())).toList());
    }

    List<DossierDocument> documents(String json) {
        List<DocumentJson> documents = read(json, new TypeReference<>() {
        });
        return documents.stream().map(document -> new DossierDocument(new DocumentId(document.id()),
                DocumentType.valueOf(document.type()), document.fileName(), document.version(),
                Optional.ofNullable(document.supersedes()).map(DocumentId::new), document.superseded(),
                new UserId(document.attachedBy()), document.attachedAt())).toList();
    }

    String documentRequest(Optional<DocumentRequest> request) {
        return request.map(found -> write(new DocumentRequestJson(found.types().stream().map(Enum::name).sorted().toList(),
                found.dueDate(), found.message(), found.requestedBy().value(), found.requestedAt()))).orElse(null);
    }

    Optional<DocumentRequest> documentRequest(String json) {
        return Optional.ofNullable(json).map(text -> {
            DocumentRequestJson request = read(text, new TypeReference<>() {
            });
            Set<DocumentType> types = Set.copyOf(request.types().stream().map(DocumentType::valueOf).toList());
            return new DocumentRequest(types, request.dueDate(), request.message(), new UserId(request.requestedBy()),
                    request.requestedAt());
        });
    }

    String pendingRequest(Optional<PendingRequest> request) {
        return request.map(found -> write(new PendingRequestJson(found.kind().name(), found.message(),
                found.requestedBy().value(), found.requestedAt()))).orElse(null);
    }

    Optional<PendingRequest> pendingRequest(String json) {
        return Optional.ofNullable(json).map(text -> {
            PendingRequestJson request = read(text, new TypeReference<>() {
            });
            return new PendingRequest(RequestKind.valueOf(request.kind()), request.message(), new UserId(request.requestedBy()),
                    request.requestedAt());
        });
    }

    String termination(Optional<Termination> termination) {
        return termination.map(found -> write(new TerminationJson(found.date(), found.reason()))).orElse(null);
    }

    Optional<Termination> termination(String json) {
        return Optional.ofNullable(json).map(text -> {
            TerminationJson termination = read(text, new TypeReference<>() {
            });
            return new Termination(termination.date(), termination.reason());
        });
    }

    private String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T read(String json, TypeReference<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static <T> String text(T value, Function<T, String> text) {
        return value == null ? null : text.apply(value);
    }

    private static <T> T value(String text, Function<String, T> parse) {
        return text == null ? null : parse.apply(text);
    }

    static BigDecimal amount(Money money) {
        return money == null ? null : money.amount();
    }

    static Money money(BigDecimal amount) {
        return amount == null ? null : new Money(amount);
    }
}
