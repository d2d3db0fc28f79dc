package fr.passerelle.application.colleague;

import fr.passerelle.application.account.Accounts;
import fr.passerelle.application.establishment.Establishments;
import fr.passerelle.application.identity.AccountDirectory;
import fr.passerelle.application.identity.Caller;
import fr.passerelle.application.shared.Clock;
import fr.passerelle.application.shared.ResourceNotFoundException;
import fr.passerelle.domain.account.Actor;
import fr.passerelle.domain.account.ActorKind;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.UserId;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A company ADMIN lists the accounts of the establishments they administer, each with its links to those
 * establishments only; staff list every account. A user who administers nothing gets an empty list. Who manages an
 * establishment is readable by anyone linked to it.
 */
public final class ColleagueQueriesService implements ColleagueQueries {

    private final ColleagueAccess access;
    private final Colleagues colleagues;
    private final Establishments establishments;

    public ColleagueQueriesService(Accounts accounts, Colleagues colleagues, Establishments establishments,
                                   AccountDirectory directory, Clock clock) {
        this.access = new ColleagueAccess(accounts, colleagues, establishments, directory, clock);
        this.colleagues = Objects.requireNonNull(colleagues);
        this.establishments = Objects.requireNonNull(establishments);
    }

    @Override
    public ColleaguePage list(Caller caller, ColleagueSearch search) {
        Actor actor = access.requireActor(caller);
        Set<EstablishmentId> within = search.establishment()
                .map(establishment -> Set.of(access.administered(actor, establishment).id()))
                .orElseGet(() -> administeredBy(actor));
        if (within.isEmpty() && !actor.is(ActorKind.STAFF)) {
            return new ColleaguePage(List.of(), Optional.empty());
        }
        return colleagues.page(within, search);
    }

    private static Set<EstablishmentId> administeredBy(Actor actor) {
        return actor.rights().keySet().stream().filter(actor::isAdminOf).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public ColleagueView view(Caller caller, UserId account) {
        Actor actor = access.requireActor(caller);
        return access.view(actor, access.visible(actor, account));
    }

    @Override
    public List<ColleagueSummary> usersOf(Caller caller, EstablishmentId establishment) {
        Actor actor = access.requireActor(caller);
        return establishments.find(establishment)
                .filter(found -> actor.is(ActorKind.STAFF) || actor.rights().containsKey(found.id()))
                .map(found -> colleagues.linkedTo(found.id()))
                .orElseThrow(() -> new ResourceNotFoundException(ColleagueAccess.ESTABLISHMENT_NOT_FOUND));
    }
}
