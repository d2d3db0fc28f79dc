package fr.passerelle.domain.dossier;

import org.junit.jupiter.api.Test;

import static fr.passerelle.domain.testing.TestData.companyEmployees;
import static fr.passerelle.domain.testing.TestData.completeContent;
import static org.assertj.core.api.Assertions.assertThat;

class PlanReservedToSmallCompaniesTest {

    private final PlanReservedToSmallCompanies rule = new PlanReservedToSmallCompanies();

    @Test
    void a_company_of_49_employees_may_use_the_plan() {
        assertThat(rule.check(new Submission(FundingScheme.PLAN, completeContent(), 49, companyEmployees()))).isEmpty();
    }

    @Test
    void a_company_of_50_employees_may_not() {
        assertThat(rule.check(new Submission(FundingScheme.PLAN, completeContent(), 50, companyEmployees())))
                .singleElement().satisfies(v -> {
                    assertThat(v.field()).isEqualTo("scheme");
                    assertThat(v.code()).isEqualTo("PLAN_COMPANY_TOO_LARGE");
                    assertThat(v.message()).contains("moins de 50", "50)");
                });
    }

    @Test
    void other_schemes_are_open_to_large_companies() {
        assertThat(rule.check(new Submission(FundingScheme.PRO_A, completeContent(), 5000, companyEmployees()))).isEmpty();
    }
}
