package fr.passerelle.application.dossier;

import fr.passerelle.application.identity.Caller;

import java.util.List;

/** Inbound port: reading dossiers, for everyone who may see them. */
public interface DossierQueries {

    DossierView view(Caller caller, String number);

    List<HistoryLine> history(Caller caller, String number);

    /** Only the dossiers the caller may see, whatever the filters ask for. */
    DossierPage search(Caller caller, DossierSearch search);

    /** Staff's queue of submitted dossiers, the longest waiting first; empty for anyone else. */
    DossierPage submittedQueue(Caller caller, PageRequest page);
}
