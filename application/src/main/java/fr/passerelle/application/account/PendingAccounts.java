package fr.passerelle.application.account;

import fr.passerelle.application.dossier.PageRequest;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Outbound port: the accounts waiting for staff's approval, oldest registration first, keyset-paginated. */
public interface PendingAccounts {

    Page pendingApproval(PageRequest page);

    record Page(List<StoredAccount> accounts, Optional<String> nextCursor) {

        public Page {
            accounts = List.copyOf(accounts);
            Objects.requireNonNull(nextCursor, "nextCursor");
        }
    }
}
