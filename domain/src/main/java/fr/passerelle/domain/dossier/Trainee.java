package fr.passerelle.domain.dossier;

import java.time.LocalDate;

/**
 * A person to be trained: either an employee chosen from the company's register ({@code employeeId}), or someone
 * entered by hand (names and birth date), e.g. a newly hired apprentice.
 */
public record Trainee(EmployeeId employeeId, String lastName, String firstName, LocalDate birthDate,
                      SocioProfessionalCategory category, EmploymentContractType contractType) {

    public boolean isChosenFromRegister() {
        return employeeId != null;
    }
}
