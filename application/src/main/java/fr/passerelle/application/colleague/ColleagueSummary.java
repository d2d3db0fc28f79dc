package fr.passerelle.application.colleague;

import fr.passerelle.domain.account.UserAccountStatus;
import fr.passerelle.domain.shared.Email;
import fr.passerelle.domain.shared.PersonName;
import fr.passerelle.domain.shared.Siret;
import fr.passerelle.domain.shared.UserId;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An account as a list shows it: who, its status, its links (only those the reader may see) and the training body it
 * speaks for, if any.
 */
public record ColleagueSummary(UserId id, PersonName name, Email login, UserAccountStatus status, List<ColleagueLink> links,
                               Optional<Siret> trainingBody) {

    public ColleagueSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(status, "status");
        links = List.copyOf(links);
        Objects.requireNonNull(trainingBody, "trainingBody");
    }
}
