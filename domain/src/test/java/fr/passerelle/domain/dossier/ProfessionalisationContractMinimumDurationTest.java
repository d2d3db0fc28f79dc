package fr.passerelle.domain.dossier;

import fr.passerelle.domain.shared.Violation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static fr.passerelle.domain.testing.TestData.companyEmployees;
import static fr.passerelle.domain.testing.TestData.completeContent;
import static org.assertj.core.api.Assertions.assertThat;

class ProfessionalisationContractMinimumDurationTest {

    private final ProfessionalisationContractMinimumDuration rule = new ProfessionalisationContractMinimumDuration();

    private List<Violation> check(FundingScheme scheme, LocalDate start, LocalDate end) {
        DossierContent c = completeContent();
        DossierContent content = new DossierContent(c.training(), c.trainingBody(), c.trainees(), c.costs(),
                c.amountRequested(), c.subrogation(), new ContractData(start, end, "Tuteur", c.contract().beneficiaryBirthDate()));
        return rule.check(new Submission(scheme, content, 10, companyEmployees()));
    }

    @Test
    void a_professionalisation_contract_of_exactly_six_months_is_long_enough() {
        assertThat(check(FundingScheme.CONTRAT_PRO, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30))).isEmpty();
    }

    @Test
    void a_professionalisation_contract_one_day_short_of_six_months_is_refused() {
        List<Violation> violations = check(FundingScheme.CONTRAT_PRO, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 29));

        assertThat(violations).singleElement().satisfies(violation -> {
            assertThat(violation.field()).isEqualTo("contract.endDate");
            assertThat(violation.code()).isEqualTo("CONTRACT_TOO_SHORT");
            assertThat(violation.message()).contains("6 mois", "2025-01-01", "2025-06-29");
        });
    }

    @Test
    void other_schemes_have_no_minimum_duration() {
        assertThat(check(FundingScheme.APPRENTISSAGE, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 1))).isEmpty();
    }

    @Test
    void incomplete_or_inverted_dates_are_left_to_other_rules() {
        assertThat(check(FundingScheme.CONTRAT_PRO, null, LocalDate.of(2025, 2, 1))).isEmpty();
        assertThat(check(FundingScheme.CONTRAT_PRO, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 1))).isEmpty();
    }
}
