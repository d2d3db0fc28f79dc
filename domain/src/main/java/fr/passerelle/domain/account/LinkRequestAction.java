package fr.passerelle.domain.account;

import fr.passerelle.domain.shared.Labelled;

public enum LinkRequestAction implements Labelled {
    APPROVE("accepter le rattachement"),
    REJECT("refuser le rattachement");

    private final String label;

    LinkRequestAction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
