package fr.passerelle.domain.dossier;

import fr.passerelle.domain.shared.Violation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static fr.passerelle.domain.testing.TestData.companyEmployees;
import static fr.passerelle.domain.testing.TestData.completeContent;
import static org.assertj.core.api.Assertions.assertThat;

class CoherentDatesTest {

    private final CoherentDates rule = new CoherentDates();

    private List<Violation> check(FundingScheme scheme, LocalDate trainingStart, LocalDate trainingEnd,
                                  LocalDate contractStart, LocalDate contractEnd) {
        DossierContent c = completeContent();
        Training t = c.training();
        DossierContent content = new DossierContent(new Training(t.title(), t.objectives(), trainingStart, trainingEnd,
                t.hours(), t.modality(), t.external()), c.trainingBody(), c.trainees(), c.costs(), c.amountRequested(),
                c.subrogation(), new ContractData(contractStart, contractEnd, "Tuteur", c.contract().beneficiaryBirthDate()));
        return rule.check(new Submission(scheme, content, 10, companyEmployees()));
    }

    private static LocalDate day(int month, int day) {
        return LocalDate.of(2025, month, day);
    }

    @Test
    void a_training_may_last_a_single_day() {
        assertThat(check(FundingScheme.PLAN, day(5, 1), day(5, 1), null, null)).isEmpty();
    }

    @Test
    void a_training_does_not_end_before_it_starts() {
        assertThat(check(FundingScheme.PLAN, day(5, 2), day(5, 1), null, null))
                .extracting(Violation::field, Violation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("training.endDate", "TRAINING_DATES_INCOHERENT"));
    }

    @Test
    void a_contract_does_not_end_before_it_starts() {
        assertThat(check(FundingScheme.APPRENTISSAGE, day(5, 1), day(5, 1), day(6, 1), day(5, 31)))
                .extracting(Violation::code).containsExactly("CONTRACT_DATES_INCOHERENT");
    }

    @Test
    void a_work_study_training_takes_place_within_the_contract() {
        assertThat(check(FundingScheme.CONTRAT_PRO, day(5, 1), day(9, 30), day(5, 1), day(9, 30))).isEmpty();
        assertThat(check(FundingScheme.CONTRAT_PRO, day(4, 30), day(9, 30), day(5, 1), day(9, 30)))
                .extracting(Violation::code).containsExactly("TRAINING_OUTSIDE_CONTRACT");
        assertThat(check(FundingScheme.CONTRAT_PRO, day(5, 1), day(10, 1), day(5, 1), day(9, 30)))
                .extracting(Violation::code).containsExactly("TRAINING_OUTSIDE_CONTRACT");
    }

    @Test
    void contract_dates_do_not_matter_outside_work_study_contracts() {
        assertThat(check(FundingScheme.PLAN, day(5, 1), day(10, 1), day(6, 1), day(5, 1))).isEmpty();
    }

    @Test
    void missing_dates_are_left_to_the_completeness_rule() {
        assertThat(check(FundingScheme.CONTRAT_PRO, null, day(5, 1), day(6, 1), null)).isEmpty();
        assertThat(check(FundingScheme.CONTRAT_PRO, day(5, 1), null, null, day(6, 1))).isEmpty();
    }
}
