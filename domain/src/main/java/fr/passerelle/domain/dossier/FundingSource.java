package fr.passerelle.domain.dossier;

import fr.passerelle.domain.shared.Labelled;

/**
 * Where the money of a grant comes from: each company has, per year, one envelope per source. A dossier draws on the
 * envelope of its scheme's source in the year its training starts ({@link #of(FundingScheme)}).
 */
public enum FundingSource implements Labelled {
    /** The legal contribution, which funds the skills development plan of companies under 50 employees. */
    LEGAL("Contribution légale (plan de développement des compétences)"),
    /** What the company pays beyond the law, on its own decision: it funds collective actions. */
    VOLUNTARY("Contributions volontaires"),
    /** What the branch agreement adds: it funds work-study contracts and Pro-A. */
    CONVENTIONAL("Contributions conventionnelles");

    private final String label;

    FundingSource(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The one envelope a dossier of this scheme draws on. */
    public static FundingSource of(FundingScheme scheme) {
        return switch (scheme) {
            case PLAN -> LEGAL;
            case ACTION_COLLECTIVE -> VOLUNTARY;
            case CONTRAT_PRO, APPRENTISSAGE, PRO_A -> CONVENTIONAL;
        };
    }
}
