package fr.passerelle.domain.account;

import fr.passerelle.domain.shared.Email;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.HistoryEntry;
import fr.passerelle.domain.shared.PersonName;
import fr.passerelle.domain.shared.PhoneNumber;
import fr.passerelle.domain.shared.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Everything stored about an account: what {@link UserAccount#snapshot()} gives and {@link UserAccount#restore} takes. */
public record UserAccountSnapshot(
        UserId id,
        Email login,
        Email contactEmail,
        Optional<PhoneNumber> phone,
        PersonName name,
        UserAccountStatus status,
        Map<EstablishmentId, Set<Right>> links,
        Optional<EstablishmentId> requestedEstablishment,
        Optional<EstablishmentId> preferredEstablishment,
        Optional<UserId> invitedBy,
        boolean passwordSetupPending,
        Instant createdAt,
        List<HistoryEntry<UserAccountStatus, UserAccountAction>> history) {

    public UserAccountSnapshot {
        phone = phone == null ? Optional.empty() : phone;
        links = Links.copyOf(links);
        history = List.copyOf(history);
    }
}
