package fr.passerelle.application.dossier;

import fr.passerelle.domain.dossier.EmployeeId;
import fr.passerelle.domain.shared.EstablishmentId;

import java.util.Set;

/** Outbound port: the employees registered for the company an establishment belongs to. */
public interface CompanyEmployees {

    Set<EmployeeId> ofCompanyOf(EstablishmentId establishment);
}
