package fr.passerelle.application.dossier;

import fr.passerelle.application.identity.Caller;
import fr.passerelle.application.shared.ResourceNotFoundException;
import fr.passerelle.domain.dossier.EmploymentContractType;
import fr.passerelle.domain.dossier.SocioProfessionalCategory;
import fr.passerelle.domain.shared.EstablishmentId;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ListEmployeesServiceTest {

    private static final EmployeeSummary EMPLOYEE = new EmployeeSummary(DossierWorld.EMPLOYEE, "Martin", "Léa",
            LocalDate.of(1990, 5, 12), SocioProfessionalCategory.WORKER, EmploymentContractType.PERMANENT);

    private final DossierWorld world = new DossierWorld();
    private final EmployeeRegister register = (establishment, words, page) -> establishment.equals(world.establishment.id())
            || establishment.equals(world.otherCompanyEstablishment.id())
            ? Optional.of(new EmployeePage(List.of(EMPLOYEE), Optional.empty()))
            : Optional.empty();
    private final ListEmployees employees = new ListEmployeesService(register, world.accountDirectory);

    @Test
    void a_dossier_manager_and_staff_read_the_register_of_the_establishment_company() {
        assertThat(list(world.manager, world.establishment.id()).items()).containsExactly(EMPLOYEE);
        assertThat(list(world.staff, world.establishment.id()).items()).containsExactly(EMPLOYEE);
    }

    @Test
    void a_reader_of_dossiers_another_company_a_training_body_and_an_unknown_caller_are_told_it_does_not_exist() {
        for (Caller outsider : List.of(world.viewer, world.otherCompany, world.trainingBody, world.unknown)) {
            assertThatThrownBy(() -> list(outsider, world.establishment.id()))
                    .as(outsider.displayName())
                    .isInstanceOf(ResourceNotFoundException.class)
                    .hasMessage(ListEmployeesService.NOT_FOUND);
        }
    }

    @Test
    void staff_asking_for_an_establishment_that_does_not_exist_are_told_so() {
        EstablishmentId nowhere = new EstablishmentId(UUID.randomUUID());
        assertThatThrownBy(() -> list(world.staff, nowhere)).isInstanceOf(ResourceNotFoundException.class);
    }

    private EmployeePage list(Caller caller, EstablishmentId establishment) {
        return employees.employees(caller, establishment, List.of(), PageRequest.first(20));
    }
}
