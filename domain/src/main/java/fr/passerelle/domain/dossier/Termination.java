package fr.passerelle.domain.dossier;

import java.time.LocalDate;
import java.util.Objects;

/** The early end of an apprenticeship or professionalisation contract. */
public record Termination(LocalDate date, String reason) {

    public Termination {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(reason, "reason");
    }
}
