package fr.passerelle.domain.dossier;

import java.time.LocalDate;

/**
 * The employment contract of an apprenticeship or a professionalisation contract, as typed so far.
 *
 * @param endDate last day of the contract, included
 */
public record ContractData(LocalDate startDate, LocalDate endDate, String tutorName, LocalDate beneficiaryBirthDate) {

    public static final ContractData EMPTY = new ContractData(null, null, null, null);
}
