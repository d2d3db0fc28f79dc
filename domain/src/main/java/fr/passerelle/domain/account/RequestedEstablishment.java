package fr.passerelle.domain.account;

import fr.passerelle.domain.shared.Email;
import fr.passerelle.domain.shared.EstablishmentId;

import java.util.Objects;
import java.util.Set;

/** What the automatic approval needs to know about the establishment a newcomer asked to join. */
public record RequestedEstablishment(EstablishmentId id, Set<Email> contacts, boolean open) {

    public RequestedEstablishment {
        Objects.requireNonNull(id, "id");
        contacts = Set.copyOf(contacts);
    }
}
