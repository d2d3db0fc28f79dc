package fr.passerelle.domain.dossier;

import org.junit.jupiter.api.Test;

import static fr.passerelle.domain.testing.TestData.companyEmployees;
import static fr.passerelle.domain.testing.TestData.completeContent;
import static org.assertj.core.api.Assertions.assertThat;

class ExternalTrainingNeedsTrainingBodyTest {

    private final ExternalTrainingNeedsTrainingBody rule = new ExternalTrainingNeedsTrainingBody();

    private static DossierContent with(boolean external, TrainingBody body) {
        DossierContent c = completeContent();
        Training t = c.training();
        return new DossierContent(new Training(t.title(), t.objectives(), t.startDate(), t.endDate(), t.hours(),
                t.modality(), external), body, c.trainees(), c.costs(), c.amountRequested(), c.subrogation(), c.contract());
    }

    @Test
    void an_external_training_names_its_training_body() {
        assertThat(rule.check(new Submission(FundingScheme.PLAN, with(true, null), 10, companyEmployees())))
                .singleElement().satisfies(v -> {
                    assertThat(v.field()).isEqualTo("trainingBody");
                    assertThat(v.code()).isEqualTo("TRAINING_BODY_REQUIRED");
                });
        assertThat(rule.check(new Submission(FundingScheme.PLAN, completeContent(), 10, companyEmployees()))).isEmpty();
    }

    @Test
    void an_internal_training_needs_none() {
        assertThat(rule.check(new Submission(FundingScheme.PLAN, with(false, null), 10, companyEmployees()))).isEmpty();
    }
}
