package fr.passerelle.domain.dossier;

/** The two sides of a dossier's message thread: the employer's users, and the OPCO's staff. */
public enum MessageSide {
    COMPANY,
    OPCO;

    /** The side that reads what this side writes. */
    public MessageSide other() {
        return this == COMPANY ? OPCO : COMPANY;
    }
}
