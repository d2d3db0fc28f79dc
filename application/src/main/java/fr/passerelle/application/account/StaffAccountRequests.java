package fr.passerelle.application.account;

import fr.passerelle.application.dossier.PageRequest;
import fr.passerelle.application.identity.Caller;
import fr.passerelle.domain.account.Right;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.Text;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Inbound port: staff's queue of self-registered accounts waiting for approval, and their decision on each. */
public interface StaffAccountRequests {

    /** The accounts waiting for approval, the longest waiting first. */
    AccountRequestPage pending(Caller caller, PageRequest page);

    AccountRequest approve(Caller caller, Approve command);

    AccountRequest reject(Caller caller, Reject command);

    /**
     * @param expectedVersion the version staff read ({@code If-Match}); when present and stale, nothing changes
     * @param rights          what the newcomer may do on each establishment they asked for; one left out, or given no
     *                        right, is not linked
     */
    record Approve(UUID accountId, Optional<Long> expectedVersion, Map<EstablishmentId, Set<Right>> rights) {

        public Approve {
            Objects.requireNonNull(accountId, "accountId");
            Objects.requireNonNull(expectedVersion, "expectedVersion");
            rights = Map.copyOf(rights);
        }
    }

    record Reject(UUID accountId, Optional<Long> expectedVersion, String reason) {

        public Reject {
            Objects.requireNonNull(accountId, "accountId");
            Objects.requireNonNull(expectedVersion, "expectedVersion");
            reason = Text.requireReason(reason);
        }
    }
}
