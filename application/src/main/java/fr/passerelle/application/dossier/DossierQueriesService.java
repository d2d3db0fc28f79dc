package fr.passerelle.application.dossier;

import fr.passerelle.application.document.DocumentStore;
import fr.passerelle.application.identity.AccountDirectory;
import fr.passerelle.application.identity.Caller;
import fr.passerelle.application.shared.Clock;
import fr.passerelle.domain.account.Actor;
import fr.passerelle.domain.account.ActorKind;
import fr.passerelle.domain.dossier.DossierAction;
import fr.passerelle.domain.dossier.DossierNumber;
import fr.passerelle.domain.dossier.DossierStatus;
import fr.passerelle.domain.shared.HistoryEntry;
import fr.passerelle.domain.shared.UserId;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

public final class DossierQueriesService implements DossierQueries {

    /** Who acted, when the platform itself applied a rule. */
    static final String PLATFORM = "Passerelle";
    /** Who acted, when their account no longer exists. */
    static final String UNKNOWN_USER = "Utilisateur inconnu";

    private final DossierAccess access;
    private final Dossiers dossiers;
    private final AccountDirectory accounts;
    private final MessageThreads threads;

    public DossierQueriesService(Dossiers dossiers, AccountDirectory accounts, Clock clock, DocumentStore files,
                                 MessageThreads threads) {
        this.access = new DossierAccess(dossiers, accounts, clock, files);
        this.dossiers = Objects.requireNonNull(dossiers);
        this.accounts = Objects.requireNonNull(accounts);
        this.threads = Objects.requireNonNull(threads);
    }

    @Override
    public DossierView view(Caller caller, String number) {
        Actor actor = access.requireActor(caller);
        return access.view(actor, access.visible(actor, number));
    }

    @Override
    public List<HistoryLine> history(Caller caller, String number) {
        Actor actor = access.requireActor(caller);
        List<HistoryEntry<DossierStatus, DossierAction>> entries = access.visible(actor, number).snapshot().history();
        Set<UserId> authors = entries.stream().map(HistoryEntry::by).collect(Collectors.toSet());
        Map<UserId, String> names = accounts.displayNames(authors);
        return entries.stream()
                .map(entry -> new HistoryLine(entry.at(), nameOf(entry.by(), names), entry.from(), entry.to(), entry.action(),
                        entry.reason()))
                .toList();
    }

    private static String nameOf(UserId user, Map<UserId, String> names) {
        if (UserId.SYSTEM.equals(user)) {
            return PLATFORM;
        }
        return names.getOrDefault(user, UNKNOWN_USER);
    }

    @Override
    public DossierPage search(Caller caller, DossierSearch search) {
        Optional<Actor> actor = access.actorFor(caller);
        Optional<DossierScope> scope = actor.map(DossierAccess::scopeOf).filter(found -> !found.isEmpty());
        return scope.map(found -> withUnreadMessages(dossiers.search(search, found), actor.get())).orElse(DossierPage.EMPTY);
    }

    @Override
    public DossierPage submittedQueue(Caller caller, PageRequest page) {
        Optional<Actor> staff = access.actorFor(caller).filter(actor -> actor.is(ActorKind.STAFF));
        return staff.map(actor -> withUnreadMessages(dossiers.submittedQueue(page), actor)).orElse(DossierPage.EMPTY);
    }

    /** One grouped query for the whole page: what the other side wrote that the caller's side has not read. */
    private DossierPage withUnreadMessages(DossierPage page, Actor actor) {
        if (page.items().isEmpty()) {
            return page;
        }
        Map<DossierNumber, Integer> unread = threads.unreadCounts(
                page.items().stream().map(DossierSummary::number).toList(),
                DossierThreadService.readingSideOf(actor).other());
        return new DossierPage(page.items().stream()
                .map(summary -> summary.withUnreadMessages(unread.getOrDefault(summary.number(), 0)))
                .toList(), page.nextCursor());
    }
}
