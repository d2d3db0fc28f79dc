package fr.passerelle.application.account;

import fr.passerelle.application.colleague.ColleagueLink;
import fr.passerelle.application.colleague.ColleaguePage;
import fr.passerelle.application.colleague.ColleagueSearch;
import fr.passerelle.application.colleague.ColleagueSummary;
import fr.passerelle.application.colleague.Colleagues;
import fr.passerelle.application.dossier.PageRequest;
import fr.passerelle.application.identity.AccountDirectory;
import fr.passerelle.application.identity.AccountRecord;
import fr.passerelle.application.profile.AccountAccess;
import fr.passerelle.application.profile.AccountStanding;
import fr.passerelle.application.profile.EstablishmentAccess;
import fr.passerelle.application.profile.UserAccounts;
import fr.passerelle.application.shared.ConcurrentUpdateException;
import fr.passerelle.domain.account.Right;
import fr.passerelle.domain.account.UserAccountSnapshot;
import fr.passerelle.domain.account.UserAccountStatus;
import fr.passerelle.domain.shared.Email;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.Siret;
import fr.passerelle.domain.shared.UserId;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The accounts of a use-case test, behind every port the persistence adapter implements for them. Lists come whole
 * (one page); establishments are named by the function given, as the adapter joins them.
 */
public final class InMemoryAccounts implements Accounts, PendingAccounts, Colleagues, AccountDirectory, UserAccounts {

    private final Map<UserId, StoredAccount> accounts = new LinkedHashMap<>();
    private final Map<UserId, Siret> trainingBodies = new HashMap<>();
    private final Function<EstablishmentId, String> establishmentNames;
    private RuntimeException nextAddFailure;
    private boolean failNextUpdate;

    public InMemoryAccounts(Function<EstablishmentId, String> establishmentNames) {
        this.establishmentNames = establishmentNames;
    }

    /** The next {@link #add} fails with this, as a database would, e.g. on a lost connection. */
    public void failNextAdd(RuntimeException failure) {
        nextAddFailure = failure;
    }

    /** The next {@link #update} fails as if another command had changed the account meanwhile. */
    public void failNextUpdate() {
        failNextUpdate = true;
    }

    public List<StoredAccount> all() {
        return List.copyOf(accounts.values());
    }

    @Override
    public Optional<StoredAccount> find(UserId id) {
        return Optional.ofNullable(accounts.get(id));
    }

    @Override
    public Optional<StoredAccount> findByLogin(Email login) {
        return accounts.values().stream().filter(stored -> stored.snapshot().login().equals(login)).findFirst();
    }

    @Override
    public StoredAccount add(UserAccountSnapshot account, String subject) {
        if (nextAddFailure != null) {
            RuntimeException failure = nextAddFailure;
            nextAddFailure = null;
            throw failure;
        }
        StoredAccount stored = new StoredAccount(account, subject, 0);
        accounts.put(account.id(), stored);
        return stored;
    }

    @Override
    public void linkToTrainingBody(UserId account, Siret trainingBody) {
        if (!accounts.containsKey(account) || trainingBodies.putIfAbsent(account, trainingBody) != null) {
            throw new IllegalStateException("No account " + account + ", or it already speaks for a training body");
        }
    }

    @Override
    public Optional<Siret> trainingBodyOf(UserId account) {
        return Optional.ofNullable(trainingBodies.get(account));
    }

    @Override
    public StoredAccount update(UserAccountSnapshot account, long expectedVersion) {
        StoredAccount current = accounts.get(account.id());
        if (failNextUpdate || current == null || current.version() != expectedVersion) {
            failNextUpdate = false;
            throw new ConcurrentUpdateException();
        }
        StoredAccount stored = new StoredAccount(account, current.subject(), expectedVersion + 1);
        accounts.put(account.id(), stored);
        return stored;
    }

    /** Oldest first; the cursor is the number of items already given, which is enough for a test's few accounts. */
    @Override
    public Page pendingApproval(PageRequest page) {
        int skip = page.cursor().map(Integer::parseInt).orElse(0);
        List<StoredAccount> waiting = accounts.values().stream()
                .filter(stored -> stored.snapshot().status() == UserAccountStatus.PENDING_APPROVAL)
                .sorted(Comparator.comparing(stored -> stored.snapshot().createdAt()))
                .toList();
        List<StoredAccount> items = waiting.stream().skip(skip).limit(page.limit()).toList();
        int next = skip + items.size();
        return new Page(items, next < waiting.size() ? Optional.of(String.valueOf(next)) : Optional.empty());
    }

    @Override
    public ColleaguePage page(Set<EstablishmentId> within, ColleagueSearch search) {
        List<ColleagueSummary> items = accounts.values().stream()
                .map(StoredAccount::snapshot)
                .filter(account -> within.isEmpty() || account.links().keySet().stream().anyMatch(within::contains))
                .filter(account -> search.words().stream().allMatch(word -> searchable(account).contains(word.toLowerCase(Locale.ROOT))))
                .sorted(Comparator.comparing((UserAccountSnapshot account) -> account.name().lastName()))
                .map(account -> summary(account, within))
                .toList();
        return new ColleaguePage(items, Optional.empty());
    }

    private static String searchable(UserAccountSnapshot account) {
        return (account.name().lastName() + " " + account.name().firstName() + " " + account.login()).toLowerCase(Locale.ROOT);
    }

    @Override
    public List<ColleagueSummary> linkedTo(EstablishmentId establishment) {
        return accounts.values().stream()
                .map(StoredAccount::snapshot)
                .filter(account -> account.links().containsKey(establishment))
                .map(account -> summary(account, Set.of(establishment)))
                .toList();
    }

    @Override
    public Map<EstablishmentId, Set<UserId>> activeAdminsOf(Set<EstablishmentId> establishments) {
        Map<EstablishmentId, Set<UserId>> admins = new HashMap<>();
        for (EstablishmentId establishment : establishments) {
            admins.put(establishment, accounts.values().stream()
                    .map(StoredAccount::snapshot)
                    .filter(account -> account.status() == UserAccountStatus.ACTIVE
                            && account.links().getOrDefault(establishment, Set.of()).contains(Right.ADMIN))
                    .map(UserAccountSnapshot::id)
                    .collect(Collectors.toSet()));
        }
        return admins;
    }

    @Override
    public List<UserId> activeNamed(EstablishmentId establishment, String lastName, Optional<String> firstName) {
        return accounts.values().stream()
                .map(StoredAccount::snapshot)
                .filter(account -> account.status() == UserAccountStatus.ACTIVE && account.links().containsKey(establishment))
                .filter(account -> account.name().lastName().equalsIgnoreCase(lastName))
                .filter(account -> firstName.map(account.name().firstName()::equalsIgnoreCase).orElse(true))
                .map(UserAccountSnapshot::id)
                .toList();
    }

    @Override
    public Optional<AccountRecord> bySubject(String subject) {
        return accounts.values().stream()
                .filter(stored -> stored.subject().equals(subject))
                .findFirst()
                .map(StoredAccount::snapshot)
                .map(account -> new AccountRecord(account.id(), account.name().firstName() + " " + account.name().lastName(),
                        account.status(), account.links(), trainingBodyOf(account.id())));
    }

    @Override
    public Map<UserId, String> displayNames(Set<UserId> users) {
        return users.stream().flatMap(id -> find(id).stream())
                .collect(Collectors.toMap(stored -> stored.snapshot().id(), stored -> stored.snapshot().name().firstName()));
    }

    @Override
    public Optional<AccountAccess> accessOf(String subject) {
        return accounts.values().stream()
                .filter(stored -> stored.subject().equals(subject))
                .findFirst()
                .map(StoredAccount::snapshot)
                .map(account -> new AccountAccess(account.links().entrySet().stream()
                        .map(link -> new EstablishmentAccess(link.getKey().value(), "00000000000000",
                                establishmentNames.apply(link.getKey()), false, link.getValue()))
                        .toList(), account.preferredEstablishment().map(EstablishmentId::value),
                        Optional.of(new AccountStanding(account.status(), Optional.empty()))));
    }

    private ColleagueSummary summary(UserAccountSnapshot account, Set<EstablishmentId> within) {
        return new ColleagueSummary(account.id(), account.name(), account.login(), account.status(),
                account.links().entrySet().stream()
                        .filter(link -> within.isEmpty() || within.contains(link.getKey()))
                        .flatMap(link -> Stream.of(new ColleagueLink(link.getKey(), "00000000000000",
                                establishmentNames.apply(link.getKey()), link.getValue())))
                        .toList(), trainingBodyOf(account.id()));
    }
}
