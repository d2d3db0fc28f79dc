package fr.passerelle.domain.establishment;

import fr.passerelle.domain.shared.Address;
import fr.passerelle.domain.shared.DomainException;
import fr.passerelle.domain.shared.Siret;

import java.util.Objects;
import java.util.Optional;

/** What an employer asks to change on an establishment; a new SIRET follows a move within the same company. */
public record ProposedChange(Optional<String> name, Optional<Address> address, Optional<Siret> siret) {

    public ProposedChange {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(siret, "siret");
        name = name.map(String::strip).filter(text -> !text.isEmpty());
        if (name.isEmpty() && address.isEmpty() && siret.isEmpty()) {
            throw new DomainException("EMPTY_CHANGE_REQUEST", "La demande de modification ne modifie rien.");
        }
    }
}
