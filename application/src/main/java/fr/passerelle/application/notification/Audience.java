package fr.passerelle.application.notification;

import fr.passerelle.domain.account.Right;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.UserId;

import java.util.Objects;
import java.util.Set;

/** Who a notice is for. */
public sealed interface Audience {

    /** One account, whatever its state: the holder of an account that was just rejected must still hear of it. */
    record Account(UserId account) implements Audience {
        public Account {
            Objects.requireNonNull(account, "account");
        }
    }

    /** The active accounts linked to the establishment with one of these rights (ADMIN holds them all). */
    record EstablishmentUsers(EstablishmentId establishment, Set<Right> anyOf) implements Audience {
        public EstablishmentUsers {
            Objects.requireNonNull(establishment, "establishment");
            anyOf = Set.copyOf(anyOf);
        }
    }

    /**
     * Every OPCO staff member. Staff accounts are told apart by their token's role, not in Passerelle's records, so
     * a staff notice is stored once and shown to whoever reads as staff; each marks it read for themselves. It
     * stays in the app: staff work from their queues, and the team's mailbox is not Passerelle's to know.
     */
    record Staff() implements Audience {
    }

    static Audience account(UserId account) {
        return new Account(account);
    }

    static Audience establishmentUsers(EstablishmentId establishment, Set<Right> anyOf) {
        return new EstablishmentUsers(establishment, anyOf);
    }

    static Audience staff() {
        return new Staff();
    }
}
