package fr.passerelle.domain.dossier;

import fr.passerelle.domain.shared.Violation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static fr.passerelle.domain.testing.TestData.companyEmployees;
import static fr.passerelle.domain.testing.TestData.completeContent;
import static org.assertj.core.api.Assertions.assertThat;

class BeneficiaryMinimumAgeTest {

    private static final LocalDate START = LocalDate.of(2025, 9, 1);

    private final BeneficiaryMinimumAge rule = new BeneficiaryMinimumAge();

    private List<Violation> check(FundingScheme scheme, LocalDate start, LocalDate birthDate) {
        DossierContent c = completeContent();
        DossierContent content = new DossierContent(c.training(), c.trainingBody(), c.trainees(), c.costs(),
                c.amountRequested(), c.subrogation(), new ContractData(start, c.contract().endDate(), "Tuteur", birthDate));
        return rule.check(new Submission(scheme, content, 10, companyEmployees()));
    }

    @Test
    void a_beneficiary_turning_sixteen_on_the_start_date_may_sign() {
        assertThat(check(FundingScheme.CONTRAT_PRO, START, START.minusYears(16))).isEmpty();
    }

    @Test
    void a_beneficiary_turning_sixteen_the_day_after_is_too_young() {
        assertThat(check(FundingScheme.CONTRAT_PRO, START, START.minusYears(16).plusDays(1))).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("contract.beneficiaryBirthDate");
            assertThat(v.code()).isEqualTo("BENEFICIARY_TOO_YOUNG");
            assertThat(v.message()).contains("16 ans");
        });
    }

    @Test
    void the_rule_is_about_professionalisation_contracts() {
        assertThat(check(FundingScheme.APPRENTISSAGE, START, START.minusYears(15))).isEmpty();
    }

    @Test
    void missing_dates_are_left_to_the_completeness_rule() {
        assertThat(check(FundingScheme.CONTRAT_PRO, null, START)).isEmpty();
        assertThat(check(FundingScheme.CONTRAT_PRO, START, null)).isEmpty();
    }
}
