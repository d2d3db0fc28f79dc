package fr.passerelle.application.dossier;

import fr.passerelle.application.dossier.DossierCommands.CreateDraft;
import fr.passerelle.application.dossier.DossierCommands.SaveDraft;
import fr.passerelle.application.dossier.DossierCommands.WithMessage;
import fr.passerelle.application.dossier.DossierCommands.WithReason;
import fr.passerelle.application.identity.Caller;

/** Inbound port: what an employer managing an establishment's dossiers does with them. */
public interface EmployerDossiers {

    DossierView createDraft(Caller caller, CreateDraft command);

    DossierView saveDraft(Caller caller, SaveDraft command);

    void deleteDraft(Caller caller, DossierRef dossier);

    DossierView submit(Caller caller, DossierRef dossier);

    DossierView unlock(Caller caller, DossierRef dossier);

    DossierView cancel(Caller caller, WithReason command);

    DossierView handBackDocuments(Caller caller, DossierRef dossier);

    DossierView requestModification(Caller caller, WithMessage command);

    DossierView requestCancellation(Caller caller, WithMessage command);
}
