package fr.passerelle.application.dossier;

import fr.passerelle.application.identity.Caller;
import fr.passerelle.domain.shared.EstablishmentId;

import java.util.List;

/** Inbound port: the employees a dossier's trainees are chosen from. */
public interface ListEmployees {

    /**
     * The register of the establishment's company, for staff and for users who manage the establishment's dossiers
     * or employees; anyone else is told the establishment does not exist.
     */
    EmployeePage employees(Caller caller, EstablishmentId establishment, List<String> nameWords, PageRequest page);
}
