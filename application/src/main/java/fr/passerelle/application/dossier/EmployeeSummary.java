package fr.passerelle.application.dossier;

import fr.passerelle.domain.dossier.EmployeeId;
import fr.passerelle.domain.dossier.EmploymentContractType;
import fr.passerelle.domain.dossier.SocioProfessionalCategory;

import java.time.LocalDate;
import java.util.Objects;

/** An employee of the company's register, as offered when choosing a dossier's trainees. */
public record EmployeeSummary(EmployeeId id, String lastName, String firstName, LocalDate birthDate,
                              SocioProfessionalCategory category, EmploymentContractType contractType) {

    public EmployeeSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(contractType, "contractType");
    }
}
