package fr.passerelle.domain.dossier;

public enum EmploymentContractType {
    PERMANENT,
    FIXED_TERM,
    APPRENTICESHIP,
    PROFESSIONALISATION
}
