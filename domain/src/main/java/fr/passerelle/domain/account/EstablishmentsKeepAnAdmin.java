package fr.passerelle.domain.account;

import fr.passerelle.domain.shared.DomainException;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.UserId;

import java.util.Map;
import java.util.Set;

/**
 * An establishment that has an active ADMIN keeps one: only its ADMINs (and staff) grant rights on it, so losing the
 * last one would leave its users unmanaged until someone phones the OPCO. Whatever the path (rights changed, ADMIN
 * given up, account suspended or closed) and whoever acts, staff included, the change is refused until another
 * user of the establishment holds ADMIN. The rule spans accounts, so the application gives it the establishment's
 * other active ADMINs.
 */
public final class EstablishmentsKeepAnAdmin {

    public static final String CODE = "LAST_ADMIN";

    private EstablishmentsKeepAnAdmin() {
    }

    /**
     * @param before       the account before the change
     * @param after        the same account once changed
     * @param activeAdmins for each establishment {@code before} administers, the active accounts holding ADMIN on it
     *                     (the account itself may be among them)
     */
    public static void check(UserAccount before, UserAccount after, Map<EstablishmentId, Set<UserId>> activeAdmins) {
        for (EstablishmentId establishment : before.links().keySet()) {
            if (before.administers(establishment) && !after.administers(establishment)
                    && activeAdmins.getOrDefault(establishment, Set.of()).stream().allMatch(before.id()::equals)) {
                throw new DomainException(CODE, "Ce compte est le dernier administrateur actif de l’un de ses "
                        + "établissements : donnez d’abord le droit ADMIN à un autre utilisateur de cet établissement, puis recommencez.");
            }
        }
    }
}
