package fr.passerelle.domain.dossier;

import fr.passerelle.domain.shared.Nda;
import fr.passerelle.domain.shared.Siret;

/** The organisation giving an external training, as typed so far. */
public record TrainingBody(Siret siret, Nda nda, String name) {

    public static final TrainingBody EMPTY = new TrainingBody(null, null, null);

    public boolean isEmpty() {
        return equals(EMPTY);
    }
}
