package fr.passerelle.domain.dossier;

import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.HistoryEntry;
import fr.passerelle.domain.shared.Money;
import fr.passerelle.domain.shared.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Everything stored about a dossier: what {@link Dossier#snapshot()} gives and {@link Dossier#restore} takes. */
public record DossierSnapshot(
        DossierId id,
        DossierNumber number,
        EstablishmentId establishmentId,
        FundingScheme scheme,
        DossierStatus status,
        DossierContent content,
        List<DossierDocument> documents,
        Optional<DocumentRequest> documentRequest,
        Optional<PendingRequest> pendingRequest,
        Optional<Money> grantedAmount,
        Money releasedAmount,
        Optional<String> refusalReason,
        Optional<Termination> termination,
        UserId createdBy,
        Instant createdAt,
        List<HistoryEntry<DossierStatus, DossierAction>> history) {

    public DossierSnapshot {
        documents = List.copyOf(documents);
        history = List.copyOf(history);
    }
}
