package fr.passerelle.application.dossier;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Keeps the letters it was asked for and answers a tiny PDF naming the dossier, or fails when told to. */
final class RecordingDecisionLetters implements DecisionLetters {

    final List<DecisionLetter> written = new ArrayList<>();
    boolean failing;

    @Override
    public byte[] write(DecisionLetter letter) {
        if (failing) {
            throw new IllegalStateException("The PDF library failed");
        }
        written.add(letter);
        return ("%PDF-1.7 courrier " + letter.number().value()).getBytes(StandardCharsets.US_ASCII);
    }
}
