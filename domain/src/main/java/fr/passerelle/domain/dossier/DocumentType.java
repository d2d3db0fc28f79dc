package fr.passerelle.domain.dossier;

import fr.passerelle.domain.shared.Labelled;

public enum DocumentType implements Labelled {
    PROGRAMME("programme de formation"),
    QUOTE("devis"),
    CALENDAR("calendrier"),
    CERTIFICATE_OF_COMPLETION("certificat de réalisation"),
    ATTENDANCE("feuille d’émargement"),
    CERFA("CERFA"),
    OTHER("autre pièce"),
    LETTER("courrier");

    private final String label;

    DocumentType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
