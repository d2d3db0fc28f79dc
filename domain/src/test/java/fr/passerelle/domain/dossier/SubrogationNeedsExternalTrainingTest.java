package fr.passerelle.domain.dossier;

import org.junit.jupiter.api.Test;

import static fr.passerelle.domain.testing.TestData.companyEmployees;
import static fr.passerelle.domain.testing.TestData.completeContent;
import static fr.passerelle.domain.testing.TestData.subrogatedContent;
import static org.assertj.core.api.Assertions.assertThat;

class SubrogationNeedsExternalTrainingTest {

    private final SubrogationNeedsExternalTraining rule = new SubrogationNeedsExternalTraining();

    @Test
    void an_external_training_may_be_paid_to_its_training_body() {
        assertThat(rule.check(new Submission(FundingScheme.PLAN, subrogatedContent(), 10, companyEmployees()))).isEmpty();
    }

    @Test
    void an_internal_training_cannot_be_subrogated() {
        DossierContent c = subrogatedContent();
        Training t = c.training();
        DossierContent internal = new DossierContent(new Training(t.title(), t.objectives(), t.startDate(), t.endDate(),
                t.hours(), t.modality(), false), c.trainingBody(), c.trainees(), c.costs(), c.amountRequested(), true, c.contract());

        assertThat(rule.check(new Submission(FundingScheme.PLAN, internal, 10, companyEmployees())))
                .singleElement().satisfies(v -> {
                    assertThat(v.field()).isEqualTo("subrogation");
                    assertThat(v.code()).isEqualTo("SUBROGATION_NEEDS_EXTERNAL_TRAINING");
                });
    }

    @Test
    void without_subrogation_there_is_nothing_to_check() {
        assertThat(rule.check(new Submission(FundingScheme.PLAN, completeContent(), 10, companyEmployees()))).isEmpty();
    }
}
