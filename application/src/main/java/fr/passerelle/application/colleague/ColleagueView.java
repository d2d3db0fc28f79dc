package fr.passerelle.application.colleague;

import fr.passerelle.application.account.StoredAccount;
import fr.passerelle.domain.account.UserAccountAction;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/** An account as its reader sees it: its state and version, its links named, and what the reader may do with it now. */
public record ColleagueView(StoredAccount account, List<ColleagueLink> links, Set<UserAccountAction> allowedActions) {

    public ColleagueView {
        Objects.requireNonNull(account, "account");
        links = List.copyOf(links);
        allowedActions = Set.copyOf(allowedActions);
    }
}
