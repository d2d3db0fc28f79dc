package fr.passerelle.domain.dossier;

import fr.passerelle.domain.shared.Money;
import fr.passerelle.domain.shared.Violation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static fr.passerelle.domain.testing.TestData.companyEmployees;
import static fr.passerelle.domain.testing.TestData.completeContent;
import static org.assertj.core.api.Assertions.assertThat;

class CompleteContentTest {

    private final CompleteContent rule = new CompleteContent();

    private List<Violation> check(FundingScheme scheme, DossierContent content) {
        return rule.check(new Submission(scheme, content, 10, companyEmployees()));
    }

    @Test
    void complete_content_is_complete() {
        assertThat(check(FundingScheme.CONTRAT_PRO, completeContent())).isEmpty();
    }

    @Test
    void an_empty_work_study_dossier_lacks_every_field_and_says_which() {
        List<Violation> violations = check(FundingScheme.APPRENTISSAGE, DossierContent.EMPTY);

        assertThat(violations).extracting(Violation::field).containsExactly(
                "training.title", "training.objectives", "training.startDate", "training.endDate", "training.hours",
                "training.modality", "training.external", "trainees", "costs.teaching", "costs.related", "costs.salaries",
                "amountRequested", "subrogation", "contract.startDate", "contract.endDate", "contract.tutorName",
                "contract.beneficiaryBirthDate");
        assertThat(violations).filteredOn(v -> !v.field().equals("trainees")).extracting(Violation::code).containsOnly("REQUIRED");
        assertThat(violations.get(0).message()).isEqualTo("Indiquez l’intitulé de la formation.");
        assertThat(violations).filteredOn(v -> v.field().equals("trainees")).extracting(Violation::code)
                .containsExactly("TRAINEES_REQUIRED");
    }

    @Test
    void contract_data_is_only_required_for_work_study_contracts() {
        DossierContent content = completeContent();
        DossierContent withoutContract = new DossierContent(content.training(), content.trainingBody(), content.trainees(),
                content.costs(), content.amountRequested(), content.subrogation(), null);

        assertThat(check(FundingScheme.PLAN, withoutContract)).isEmpty();
        assertThat(check(FundingScheme.CONTRAT_PRO, withoutContract)).hasSize(4);
    }

    @Test
    void blank_text_counts_as_missing() {
        DossierContent content = completeContent();
        Training training = content.training();
        DossierContent blank = new DossierContent(new Training("  ", training.objectives(), training.startDate(),
                training.endDate(), training.hours(), training.modality(), training.external()), content.trainingBody(),
                content.trainees(), content.costs(), content.amountRequested(), content.subrogation(), content.contract());

        assertThat(check(FundingScheme.PLAN, blank)).extracting(Violation::field).containsExactly("training.title");
    }

    @Test
    void a_training_lasts_at_least_one_hour() {
        DossierContent content = completeContent();
        Training t = content.training();
        DossierContent noHours = new DossierContent(new Training(t.title(), t.objectives(), t.startDate(), t.endDate(), 0,
                t.modality(), t.external()), content.trainingBody(), content.trainees(), content.costs(),
                content.amountRequested(), content.subrogation(), content.contract());

        assertThat(check(FundingScheme.PLAN, noHours)).extracting(Violation::code).containsExactly("INVALID_HOURS");
        DossierContent oneHour = new DossierContent(new Training(t.title(), t.objectives(), t.startDate(), t.endDate(), 1,
                t.modality(), t.external()), content.trainingBody(), content.trainees(), content.costs(),
                content.amountRequested(), content.subrogation(), content.contract());
        assertThat(check(FundingScheme.PLAN, oneHour)).isEmpty();
    }

    @Test
    void a_partly_typed_training_body_of_an_external_training_is_completed() {
        DossierContent content = completeContent();
        DossierContent partial = new DossierContent(content.training(), new TrainingBody(null, null, "Institut"),
                content.trainees(), content.costs(), content.amountRequested(), content.subrogation(), content.contract());

        assertThat(check(FundingScheme.PLAN, partial)).extracting(Violation::field)
                .containsExactly("trainingBody.siret", "trainingBody.nda");
        DossierContent nameless = new DossierContent(content.training(), new TrainingBody(content.trainingBody().siret(),
                content.trainingBody().nda(), " "), content.trainees(), content.costs(), content.amountRequested(),
                content.subrogation(), content.contract());
        assertThat(check(FundingScheme.PLAN, nameless)).extracting(Violation::field).containsExactly("trainingBody.name");
    }

    @Test
    void the_training_body_of_an_internal_training_is_ignored() {
        DossierContent content = completeContent();
        Training t = content.training();
        DossierContent internal = new DossierContent(new Training(t.title(), t.objectives(), t.startDate(), t.endDate(),
                t.hours(), t.modality(), false), new TrainingBody(null, null, "Brouillon"), content.trainees(),
                content.costs(), content.amountRequested(), content.subrogation(), content.contract());

        assertThat(check(FundingScheme.PLAN, internal)).isEmpty();
    }

    @Test
    void a_trainee_entered_by_hand_needs_names_and_birth_date_and_every_trainee_a_category_and_contract() {
        DossierContent content = completeContent();
        DossierContent trainees = new DossierContent(content.training(), content.trainingBody(),
                List.of(content.trainees().get(0), new Trainee(null, null, "", null, null, null)),
                content.costs(), content.amountRequested(), content.subrogation(), content.contract());

        assertThat(check(FundingScheme.PLAN, trainees)).extracting(Violation::field).containsExactly(
                "trainees[1].lastName", "trainees[1].firstName", "trainees[1].birthDate", "trainees[1].category",
                "trainees[1].contractType");
    }

    @Test
    void amounts_are_not_negative_and_the_request_is_positive() {
        DossierContent content = completeContent();
        DossierContent amounts = new DossierContent(content.training(), content.trainingBody(), content.trainees(),
                new Costs(Money.parse("-0.01"), Money.ZERO, Money.ZERO), Money.ZERO, content.subrogation(), content.contract());

        List<Violation> violations = check(FundingScheme.PLAN, amounts);

        assertThat(violations).extracting(Violation::field, Violation::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("costs.teaching", "NEGATIVE_AMOUNT"),
                org.assertj.core.groups.Tuple.tuple("amountRequested", "AMOUNT_REQUESTED_NOT_POSITIVE"));
    }

    @Test
    void a_trainee_chosen_from_the_register_needs_no_names() {
        assertThat(completeContent().trainees().get(0).isChosenFromRegister()).isTrue();
        assertThat(check(FundingScheme.PLAN, completeContent())).isEmpty();
        assertThat(new Trainee(null, "A", "B", null, null, null).isChosenFromRegister()).isFalse();
    }
}
