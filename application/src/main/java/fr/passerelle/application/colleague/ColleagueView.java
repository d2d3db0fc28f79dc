package fr.passerelle.application.colleague;

import fr.passerelle.application.account.StoredAccount;
import fr.passerelle.domain.account.UserAccountAction;
import fr.passerelle.domain.shared.Siret;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An account as its reader sees it: its state and version, its links named, the training body it speaks for (a
 * training body's account), and what the reader may do with it now.
 */
public record ColleagueView(StoredAccount account, List<ColleagueLink> links, Optional<Siret> trainingBody,
                            Set<UserAccountAction> allowedActions) {

    public ColleagueView {
        Objects.requireNonNull(account, "account");
        links = List.copyOf(links);
        Objects.requireNonNull(trainingBody, "trainingBody");
        allowedActions = Set.copyOf(allowedActions);
    }
}
