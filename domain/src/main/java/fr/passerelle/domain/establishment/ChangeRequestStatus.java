package fr.passerelle.domain.establishment;

public enum ChangeRequestStatus {
    PENDING,
    APPROVED,
    REJECTED
}
