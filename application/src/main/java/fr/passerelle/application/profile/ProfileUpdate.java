package fr.passerelle.application.profile;

import fr.passerelle.domain.shared.Email;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.PhoneNumber;

import java.util.Objects;
import java.util.Optional;

/**
 * What a user changes in their profile. The login never changes; no phone removes it; no preferred establishment
 * leaves the current one (a preference is changed, never removed).
 *
 * @param expectedVersion the version the caller read ({@code If-Match}); when present and stale, nothing changes
 */
public record ProfileUpdate(Optional<Long> expectedVersion, Email contactEmail, Optional<PhoneNumber> phone,
                            Optional<EstablishmentId> preferredEstablishment) {

    public ProfileUpdate {
        Objects.requireNonNull(expectedVersion, "expectedVersion");
        Objects.requireNonNull(contactEmail, "contactEmail");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(preferredEstablishment, "preferredEstablishment");
    }
}
