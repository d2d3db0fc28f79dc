package fr.passerelle.application.dossier;

import fr.passerelle.application.dossier.DossierCommands.Grant;
import fr.passerelle.application.dossier.DossierCommands.RequestDocuments;
import fr.passerelle.application.dossier.DossierCommands.WithReason;
import fr.passerelle.application.identity.Caller;

/** Inbound port: OPCO staff reviewing submitted dossiers and answering employers' requests. */
public interface StaffDossierReview {

    DossierView takeIntoReview(Caller caller, DossierRef dossier);

    DossierView requestDocuments(Caller caller, RequestDocuments command);

    DossierView grant(Caller caller, Grant command);

    DossierView refuse(Caller caller, WithReason command);

    /** Accepts the employer's pending request, whichever kind it is. */
    DossierView acceptRequest(Caller caller, DossierRef dossier);

    DossierView declineRequest(Caller caller, WithReason command);

    /** Settles the balance of a granted dossier: nothing more will be invoiced, what is not invoiced is released. */
    DossierView closeBalance(Caller caller, DossierRef dossier);
}
