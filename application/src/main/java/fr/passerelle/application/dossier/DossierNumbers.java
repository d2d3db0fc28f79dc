package fr.passerelle.application.dossier;

import fr.passerelle.domain.dossier.DossierNumber;

/** Outbound port: hands out dossier numbers, never the same twice. */
public interface DossierNumbers {

    DossierNumber next();
}
