package fr.passerelle.application.establishment;

import fr.passerelle.application.establishment.EstablishmentCommands.OnBankAccount;
import fr.passerelle.application.establishment.EstablishmentCommands.ProposeBankAccount;
import fr.passerelle.application.establishment.EstablishmentCommands.RequestChange;
import fr.passerelle.application.identity.Caller;

/** Inbound port: what an employer with {@code MANAGE_COMPANY} asks for on an establishment. */
public interface EmployerEstablishments {

    /** Locks the establishment ({@code CHANGE_PENDING}) until staff decide. */
    EstablishmentView requestChange(Caller caller, RequestChange command);

    /**
     * Adds a bank account, {@code PENDING_VALIDATION} until staff check its proof.
     *
     * @throws fr.passerelle.application.shared.FileTooLargeException beyond the configured size
     * @throws fr.passerelle.application.shared.UnsupportedFileTypeException when the proof is not a PDF or an image
     */
    EstablishmentView proposeBankAccount(Caller caller, ProposeBankAccount command);

    EstablishmentView deactivateBankAccount(Caller caller, OnBankAccount command);
}
