package fr.passerelle.domain.dossier;

public enum Modality {
    IN_PERSON,
    REMOTE,
    MIXED
}
