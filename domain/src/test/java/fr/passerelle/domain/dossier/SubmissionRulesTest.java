package fr.passerelle.domain.dossier;

import fr.passerelle.domain.shared.Money;
import fr.passerelle.domain.shared.Violation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static fr.passerelle.domain.testing.TestData.companyEmployees;
import static fr.passerelle.domain.testing.TestData.completeContent;
import static org.assertj.core.api.Assertions.assertThat;

class SubmissionRulesTest {

    @Test
    void complete_and_coherent_content_passes_every_rule_in_every_scheme() {
        for (FundingScheme scheme : FundingScheme.values()) {
            assertThat(SubmissionRules.check(new Submission(scheme, completeContent(), 10, companyEmployees())))
                    .as(scheme.name()).isEmpty();
        }
    }

    @Test
    void every_rule_reports_its_problems_in_the_same_submission() {
        DossierContent content = completeContent();
        DossierContent faulty = new DossierContent(
                new Training(null, "Objectifs", LocalDate.of(2025, 10, 1), LocalDate.of(2026, 6, 30), 420,
                        Modality.IN_PERSON, true),
                TrainingBody.EMPTY, content.trainees(), content.costs(), Money.parse("100.00"), false,
                new ContractData(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 1, 31), "Tuteur", LocalDate.of(2010, 1, 1)));

        List<Violation> violations = SubmissionRules.check(new Submission(FundingScheme.CONTRAT_PRO, faulty, 10, Set.of()));

        assertThat(violations).extracting(Violation::code).containsExactly(
                "REQUIRED", "TRAINING_OUTSIDE_CONTRACT", "CONTRACT_TOO_SHORT", "BENEFICIARY_TOO_YOUNG",
                "TRAINING_BODY_REQUIRED", "TRAINEE_NOT_IN_COMPANY");
    }

    @Test
    void the_list_names_every_rule_once() {
        assertThat(SubmissionRules.ALL).hasSize(8).doesNotHaveDuplicates();
    }
}
