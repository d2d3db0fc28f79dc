package fr.passerelle.domain.dossier;

/** The legal framework the training is funded under; it decides which content is required. */
public enum FundingScheme {
    /** Plan de développement des compétences. */
    PLAN(false),
    /** Contrat de professionnalisation. */
    CONTRAT_PRO(true),
    /** Contrat d’apprentissage. */
    APPRENTISSAGE(true),
    /** Reconversion ou promotion par alternance. */
    PRO_A(false),
    ACTION_COLLECTIVE(false);

    private final boolean workStudyContract;

    FundingScheme(boolean workStudyContract) {
        this.workStudyContract = workStudyContract;
    }

    /** The training goes with an employment contract whose data the dossier must carry, and which can end early. */
    public boolean isWorkStudyContract() {
        return workStudyContract;
    }
}
