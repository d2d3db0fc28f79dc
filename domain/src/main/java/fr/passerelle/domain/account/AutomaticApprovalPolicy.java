package fr.passerelle.domain.account;

import fr.passerelle.domain.shared.Email;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * A newcomer whose verified login e-mail is one of the contacts the OPCO already knows for the (open) establishment
 * they asked to join is who the OPCO would have approved anyway: no need to make them wait for staff.
 *
 * <p>A newcomer asking for several establishments is approved automatically only if every one of them lists the
 * e-mail: being a known contact of one establishment says nothing about another, and approving part of a request
 * would leave the rest nowhere. Otherwise staff decide, establishment by establishment.
 */
public final class AutomaticApprovalPolicy {

    /** What an automatically approved contact may do; an ADMIN can widen it afterwards. */
    public static final Set<Right> DEFAULT_RIGHTS =
            Set.copyOf(EnumSet.of(Right.VIEW_DOSSIERS, Right.MANAGE_DOSSIERS, Right.MANAGE_INVOICES));

    private AutomaticApprovalPolicy() {
    }

    public static boolean approves(Email login, Collection<RequestedEstablishment> establishments) {
        return !establishments.isEmpty() && establishments.stream().allMatch(establishment -> approves(login, establishment));
    }

    public static boolean approves(Email login, RequestedEstablishment establishment) {
        return establishment.open() && establishment.contacts().contains(login);
    }
}
