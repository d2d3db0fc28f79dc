package fr.passerelle.bootstrap.wiring;

import fr.passerelle.application.establishment.Establishments;
import fr.passerelle.application.establishment.StoredEstablishment;
import fr.passerelle.application.notification.ChangeNotifier;
import fr.passerelle.domain.establishment.EstablishmentSnapshot;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;

/** Establishments' stored changes (change requests and bank accounts decided) go through the change notifier. */
@Decorator
@Priority(10)
abstract class NotifyingEstablishments implements Establishments {

    @Inject
    @Delegate
    Establishments delegate;

    @Inject
    ChangeNotifier notifier;

    @Override
    public StoredEstablishment update(EstablishmentSnapshot establishment, long expectedVersion) {
        var before = delegate.findStored(establishment.id());
        StoredEstablishment stored = delegate.update(establishment, expectedVersion);
        before.ifPresent(previous -> notifier.establishmentChanged(previous.snapshot(), stored.snapshot()));
        return stored;
    }
}
