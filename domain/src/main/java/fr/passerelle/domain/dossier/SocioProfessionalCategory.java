package fr.passerelle.domain.dossier;

public enum SocioProfessionalCategory {
    WORKER,
    CLERK,
    SUPERVISOR,
    EXECUTIVE
}
