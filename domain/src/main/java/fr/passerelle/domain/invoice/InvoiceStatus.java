package fr.passerelle.domain.invoice;

import fr.passerelle.domain.shared.Labelled;

public enum InvoiceStatus implements Labelled {
    SUBMITTED("déposée", true),
    CHANGES_REQUESTED("à corriger", false),
    VALIDATED("validée", true),
    PAID("payée", true),
    REJECTED("rejetée", false),
    WITHDRAWN("retirée", false);

    private final String label;
    private final boolean live;

    InvoiceStatus(String label, boolean live) {
        this.label = label;
        this.live = live;
    }

    @Override
    public String label() {
        return label;
    }

    /** Counts against the grant: an invoice waiting for correction does not, until it is submitted again. */
    public boolean isLive() {
        return live;
    }
}
