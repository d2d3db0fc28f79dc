package fr.passerelle.bootstrap.wiring;

import fr.passerelle.application.link.LinkRequests;
import fr.passerelle.application.link.StoredLinkRequest;
import fr.passerelle.application.notification.ChangeNotifier;
import fr.passerelle.domain.account.LinkRequestSnapshot;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;

/** Link requests' stored decisions go through the change notifier. */
@Decorator
@Priority(10)
abstract class NotifyingLinkRequests implements LinkRequests {

    @Inject
    @Delegate
    LinkRequests delegate;

    @Inject
    ChangeNotifier notifier;

    @Override
    public StoredLinkRequest update(LinkRequestSnapshot request, long expectedVersion) {
        var before = delegate.find(request.id());
        StoredLinkRequest stored = delegate.update(request, expectedVersion);
        before.ifPresent(previous -> notifier.linkRequestChanged(previous.snapshot(), stored.snapshot()));
        return stored;
    }
}
