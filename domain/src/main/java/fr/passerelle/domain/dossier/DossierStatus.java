package fr.passerelle.domain.dossier;

import fr.passerelle.domain.shared.Labelled;

public enum DossierStatus implements Labelled {
    DRAFT("brouillon", false),
    SUBMITTED("déposé", false),
    IN_REVIEW("en instruction", true),
    AWAITING_DOCUMENTS("en attente de pièces", true),
    GRANTED("accordé", true),
    REFUSED("refusé", true),
    CANCELLED("annulé", false),
    TERMINATED("rompu", true),
    CLOSED("soldé", true),
    /** A draft its author threw away; kept so that the deletion stays in the audit trail. */
    DELETED("supprimé", false);

    private final String label;
    private final boolean reviewStarted;

    DossierStatus(String label, boolean reviewStarted) {
        this.label = label;
        this.reviewStarted = reviewStarted;
    }

    @Override
    public String label() {
        return label;
    }

    /** Staff have taken the dossier into review at some point: the employer can no longer take it back by themselves. */
    public boolean reviewStarted() {
        return reviewStarted;
    }
}
