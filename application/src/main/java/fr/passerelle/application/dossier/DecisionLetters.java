package fr.passerelle.application.dossier;

/** Outbound port: the letter that tells a company staff's decision on its dossier, as a PDF. */
public interface DecisionLetters {

    /**
     * The letter's PDF bytes.
     *
     * @throws RuntimeException when it cannot be written: the decision it goes with is not stored either
     */
    byte[] write(DecisionLetter letter);
}
