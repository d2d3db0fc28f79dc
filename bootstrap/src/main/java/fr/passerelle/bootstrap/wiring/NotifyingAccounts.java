package fr.passerelle.bootstrap.wiring;

import fr.passerelle.application.account.Accounts;
import fr.passerelle.application.account.StoredAccount;
import fr.passerelle.application.notification.ChangeNotifier;
import fr.passerelle.domain.account.UserAccountSnapshot;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;

/** Accounts' stored changes (approval, rejection) go through the change notifier. */
@Decorator
@Priority(10)
abstract class NotifyingAccounts implements Accounts {

    @Inject
    @Delegate
    Accounts delegate;

    @Inject
    ChangeNotifier notifier;

    @Override
    public StoredAccount update(UserAccountSnapshot account, long expectedVersion) {
        var before = delegate.find(account.id());
        StoredAccount stored = delegate.update(account, expectedVersion);
        before.ifPresent(previous -> notifier.accountChanged(previous.snapshot(), stored.snapshot()));
        return stored;
    }
}
