package fr.passerelle.application.account;

import fr.passerelle.domain.account.Right;
import fr.passerelle.domain.account.UserAccountStatus;
import fr.passerelle.domain.shared.Email;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.PersonName;
import fr.passerelle.domain.shared.PhoneNumber;
import fr.passerelle.domain.shared.Siret;
import fr.passerelle.domain.shared.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A self-registered account as staff decide on it: who asked, since when, for which establishments, and whether
 * each establishment already lists the email among its contacts (a hint that the person works there).
 */
public record AccountRequest(UserId accountId, Email email, PersonName name, Optional<PhoneNumber> phone,
                             UserAccountStatus status, Instant registeredAt, long version,
                             List<RequestedEstablishmentView> establishments) {

    public AccountRequest {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(status, "status");
        establishments = List.copyOf(establishments);
    }

    /** One establishment asked for, with the rights the account holds there now (none until approved). */
    public record RequestedEstablishmentView(EstablishmentId id, Siret siret, String name, boolean closed,
                                             boolean emailAmongContacts, Set<Right> rights) {

        public RequestedEstablishmentView {
            Objects.requireNonNull(id, "id");
            rights = Set.copyOf(rights);
        }
    }
}
