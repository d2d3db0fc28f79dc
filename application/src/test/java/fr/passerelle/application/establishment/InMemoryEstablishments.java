package fr.passerelle.application.establishment;

import fr.passerelle.domain.establishment.Establishment;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.Siret;

import java.util.List;
import java.util.Optional;

/** The establishments of a use-case test, as the persistence adapter would give them back. */
public final class InMemoryEstablishments implements Establishments {

    private final List<Establishment> establishments;

    public InMemoryEstablishments(Establishment... establishments) {
        this.establishments = List.of(establishments);
    }

    @Override
    public Optional<Establishment> find(EstablishmentId id) {
        return establishments.stream().filter(establishment -> establishment.id().equals(id)).findFirst()
                .map(found -> Establishment.restore(found.snapshot()));
    }

    @Override
    public Optional<Establishment> findBySiret(Siret siret) {
        return establishments.stream().filter(establishment -> establishment.siret().equals(siret)).findFirst()
                .map(found -> Establishment.restore(found.snapshot()));
    }
}
