package fr.passerelle.application.dossier;

import fr.passerelle.domain.dossier.DossierNumber;

import java.util.List;

/**
 * Inbound port: the letters of dossiers decided before Passerelle wrote letters (the seeded demo dossiers). Not a
 * caller's command: the platform runs it, with the staff member who took each decision as the letter's author.
 */
public interface DecisionLetterBackfill {

    /**
     * Writes and attaches, dated the day of the decision, the letter of each of these dossiers that is granted or
     * refused and has none yet.
     *
     * @return how many letters were written
     */
    int backfill(List<DossierNumber> numbers);
}
