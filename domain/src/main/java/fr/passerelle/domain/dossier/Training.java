package fr.passerelle.domain.dossier;

import java.time.LocalDate;

/**
 * The training as typed so far. Every field may be missing while the dossier is a draft; submission checks them all.
 *
 * @param external given by a training body rather than by the company itself
 * @param endDate  last day of training, included
 */
public record Training(String title, String objectives, LocalDate startDate, LocalDate endDate, Integer hours,
                       Modality modality, Boolean external) {

    public static final Training EMPTY = new Training(null, null, null, null, null, null, null);

    public boolean isExternal() {
        return Boolean.TRUE.equals(external);
    }
}
