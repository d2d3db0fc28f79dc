package fr.passerelle.domain.invoice;

import fr.passerelle.domain.shared.Labelled;

public enum InvoiceAction implements Labelled {
    VALIDATE("valider la facture"),
    REQUEST_CHANGES("demander une correction"),
    RESUBMIT("redéposer la facture"),
    REJECT("rejeter la facture"),
    WITHDRAW("retirer la facture"),
    PAY("payer la facture");

    private final String label;

    InvoiceAction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
