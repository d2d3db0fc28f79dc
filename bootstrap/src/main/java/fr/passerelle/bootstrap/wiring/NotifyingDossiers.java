package fr.passerelle.bootstrap.wiring;

import fr.passerelle.application.dossier.Dossiers;
import fr.passerelle.application.dossier.StoredDossier;
import fr.passerelle.application.notification.ChangeNotifier;
import fr.passerelle.domain.dossier.DossierSnapshot;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;

import java.time.Instant;

/**
 * Every stored change of a dossier, whichever use case made it, goes through the change notifier in the same
 * transaction. The state before the change is read again here (one more read per command) rather than handed over by
 * the use cases, so that none of them has to remember to notify. Abstract: the other methods pass through.
 */
@Decorator
@Priority(10)
abstract class NotifyingDossiers implements Dossiers {

    @Inject
    @Delegate
    Dossiers delegate;

    @Inject
    ChangeNotifier notifier;

    @Override
    public StoredDossier update(DossierSnapshot dossier, long expectedVersion, Instant at) {
        var before = delegate.find(dossier.number());
        StoredDossier stored = delegate.update(dossier, expectedVersion, at);
        before.ifPresent(previous -> notifier.dossierChanged(previous.snapshot(), stored.snapshot()));
        return stored;
    }
}
