package fr.passerelle.application.dossier;

import fr.passerelle.domain.dossier.DossierSnapshot;

/** Outbound port: tells the other side of a dossier's thread that a message was posted, in the posting transaction. */
@FunctionalInterface
public interface MessageAlerts {

    void posted(DossierSnapshot dossier, ThreadMessage message);
}
