package fr.passerelle.application.dossier;

import fr.passerelle.domain.shared.EstablishmentId;

import java.util.List;
import java.util.Optional;

/** Outbound port: reading the employee register of the company an establishment belongs to. */
public interface EmployeeRegister {

    /**
     * The employees whose last or first name contains every one of the words, case and accents aside, by name.
     *
     * @return empty when no such establishment exists
     */
    Optional<EmployeePage> ofCompanyOf(EstablishmentId establishment, List<String> nameWords, PageRequest page);
}
