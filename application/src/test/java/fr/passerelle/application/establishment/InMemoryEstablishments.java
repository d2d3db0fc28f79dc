package fr.passerelle.application.establishment;

import fr.passerelle.application.shared.ConcurrentUpdateException;
import fr.passerelle.domain.establishment.Establishment;
import fr.passerelle.domain.establishment.EstablishmentSnapshot;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.Siret;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The establishments of a use-case test, as the persistence adapter would give them back, versioned. */
public final class InMemoryEstablishments implements Establishments {

    private final Map<EstablishmentId, StoredEstablishment> establishments = new LinkedHashMap<>();

    public InMemoryEstablishments(Establishment... establishments) {
        for (Establishment establishment : establishments) {
            this.establishments.put(establishment.id(), new StoredEstablishment(establishment.snapshot(), 0));
        }
    }

    @Override
    public Optional<Establishment> find(EstablishmentId id) {
        return findStored(id).map(stored -> Establishment.restore(stored.snapshot()));
    }

    @Override
    public Optional<Establishment> findBySiret(Siret siret) {
        return establishments.values().stream().filter(stored -> stored.snapshot().siret().equals(siret)).findFirst()
                .map(stored -> Establishment.restore(stored.snapshot()));
    }

    @Override
    public Optional<StoredEstablishment> findStored(EstablishmentId id) {
        return Optional.ofNullable(establishments.get(id));
    }

    @Override
    public StoredEstablishment update(EstablishmentSnapshot establishment, long expectedVersion) {
        StoredEstablishment current = establishments.get(establishment.id());
        if (current == null || current.version() != expectedVersion) {
            throw new ConcurrentUpdateException();
        }
        StoredEstablishment updated = new StoredEstablishment(establishment, expectedVersion + 1);
        establishments.put(establishment.id(), updated);
        return updated;
    }
}
