package fr.passerelle.application.establishment;

import fr.passerelle.application.dossier.PageRequest;
import fr.passerelle.application.establishment.EstablishmentCommands.OnBankAccount;
import fr.passerelle.application.establishment.EstablishmentCommands.RejectBankAccount;
import fr.passerelle.application.establishment.EstablishmentCommands.WithReason;
import fr.passerelle.application.identity.Caller;
import fr.passerelle.application.shared.Page;

/** Inbound port: staff's side of establishments: their queues, decisions on change requests and bank accounts, closing. */
public interface StaffEstablishments {

    Page<PendingChange> changeQueue(Caller caller, PageRequest page);

    Page<PendingBankAccount> bankAccountQueue(Caller caller, PageRequest page);

    /** Applies the pending change to the establishment. */
    EstablishmentView approveChange(Caller caller, EstablishmentRef establishment);

    EstablishmentView rejectChange(Caller caller, WithReason command);

    EstablishmentView close(Caller caller, WithReason command);

    EstablishmentView reopen(Caller caller, EstablishmentRef establishment);

    /** The validated account becomes the one the OPCO pays on; the previously active one is deactivated. */
    EstablishmentView validateBankAccount(Caller caller, OnBankAccount command);

    EstablishmentView rejectBankAccount(Caller caller, RejectBankAccount command);
}
