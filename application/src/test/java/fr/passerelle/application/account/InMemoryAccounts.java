package fr.passerelle.application.account;

import fr.passerelle.application.dossier.PageRequest;
import fr.passerelle.application.identity.AccountDirectory;
import fr.passerelle.application.identity.AccountRecord;
import fr.passerelle.application.shared.ConcurrentUpdateException;
import fr.passerelle.domain.account.UserAccountSnapshot;
import fr.passerelle.domain.account.UserAccountStatus;
import fr.passerelle.domain.shared.Email;
import fr.passerelle.domain.shared.UserId;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The accounts of a use-case test, stored as the persistence adapter would: by id, with a version per update. */
public final class InMemoryAccounts implements Accounts, AccountDirectory, PendingAccounts {

    private final Map<UserId, StoredAccount> accounts = new LinkedHashMap<>();
    private RuntimeException nextAddFailure;

    /** The next {@link #add} fails with this, as a database would. */
    public void failNextAdd(RuntimeException failure) {
        nextAddFailure = failure;
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
    public StoredAccount update(UserAccountSnapshot account, long expectedVersion) {
        StoredAccount current = accounts.get(account.id());
        if (current == null || current.version() != expectedVersion) {
            throw new ConcurrentUpdateException();
        }
        StoredAccount stored = new StoredAccount(account, current.subject(), expectedVersion + 1);
        accounts.put(account.id(), stored);
        return stored;
    }

    @Override
    public Optional<AccountRecord> bySubject(String subject) {
        return accounts.values().stream().filter(stored -> stored.subject().equals(subject)).findFirst()
                .map(stored -> new AccountRecord(stored.snapshot().id(), stored.snapshot().name().firstName() + " "
                        + stored.snapshot().name().lastName(), stored.snapshot().status(), stored.snapshot().links()));
    }

    @Override
    public Map<UserId, String> displayNames(Set<UserId> users) {
        return accounts.values().stream().filter(stored -> users.contains(stored.snapshot().id()))
                .collect(Collectors.toMap(stored -> stored.snapshot().id(), stored -> stored.snapshot().name().lastName()));
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
}
