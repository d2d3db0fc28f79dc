package fr.passerelle.application.notification;

import fr.passerelle.domain.dossier.DossierId;
import fr.passerelle.domain.dossier.DossierNumber;
import fr.passerelle.domain.shared.EstablishmentId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Outbound port: dossiers waiting for documents, and which of their requests were reminded of. */
public interface DocumentsDue {

    /** Dossiers awaiting documents due on or before {@code dueBy} (not past {@code notBefore}) and not reminded yet. */
    List<Request> notRemindedDueBetween(LocalDate notBefore, LocalDate dueBy, int limit);

    /** Records the reminder of this request; false when it was already recorded (another run got there first). */
    boolean markReminded(Request request, Instant at);

    record Request(DossierId dossier, DossierNumber number, EstablishmentId establishment, LocalDate dueDate,
                   Instant requestedAt) {
    }
}
