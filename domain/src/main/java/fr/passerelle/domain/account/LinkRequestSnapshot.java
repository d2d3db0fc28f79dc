package fr.passerelle.domain.account;

import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.HistoryEntry;
import fr.passerelle.domain.shared.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Set;

public record LinkRequestSnapshot(
        LinkRequestId id,
        UserId requester,
        EstablishmentId establishment,
        String message,
        LinkRequestStatus status,
        Set<Right> grantedRights,
        Instant filedAt,
        List<HistoryEntry<LinkRequestStatus, LinkRequestAction>> history) {

    public LinkRequestSnapshot {
        message = message == null ? "" : message.strip();
        grantedRights = Set.copyOf(grantedRights);
        history = List.copyOf(history);
    }
}
