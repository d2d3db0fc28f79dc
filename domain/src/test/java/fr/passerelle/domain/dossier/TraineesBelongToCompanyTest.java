package fr.passerelle.domain.dossier;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static fr.passerelle.domain.testing.TestData.EMPLOYEE;
import static fr.passerelle.domain.testing.TestData.completeContent;
import static org.assertj.core.api.Assertions.assertThat;

class TraineesBelongToCompanyTest {

    private final TraineesBelongToCompany rule = new TraineesBelongToCompany();

    private static DossierContent withTrainees(Trainee... trainees) {
        DossierContent c = completeContent();
        return new DossierContent(c.training(), c.trainingBody(), List.of(trainees), c.costs(), c.amountRequested(),
                c.subrogation(), c.contract());
    }

    private static Trainee employee(EmployeeId id) {
        return new Trainee(id, null, null, null, SocioProfessionalCategory.CLERK, EmploymentContractType.PERMANENT);
    }

    @Test
    void employees_of_the_company_may_be_trained() {
        assertThat(rule.check(new Submission(FundingScheme.PLAN, withTrainees(employee(EMPLOYEE)), 10, Set.of(EMPLOYEE)))).isEmpty();
    }

    @Test
    void an_employee_of_another_company_may_not_and_the_field_says_which() {
        EmployeeId stranger = new EmployeeId(UUID.randomUUID());

        assertThat(rule.check(new Submission(FundingScheme.PLAN, withTrainees(employee(EMPLOYEE), employee(stranger)), 10,
                Set.of(EMPLOYEE)))).singleElement().satisfies(v -> {
                    assertThat(v.field()).isEqualTo("trainees[1].employeeId");
                    assertThat(v.code()).isEqualTo("TRAINEE_NOT_IN_COMPANY");
                });
    }

    @Test
    void a_trainee_entered_by_hand_is_not_looked_up() {
        Trainee newHire = new Trainee(null, "Martin", "Léa", LocalDate.of(2006, 1, 1), SocioProfessionalCategory.WORKER,
                EmploymentContractType.APPRENTICESHIP);

        assertThat(rule.check(new Submission(FundingScheme.PLAN, withTrainees(newHire), 10, Set.of()))).isEmpty();
    }
}
