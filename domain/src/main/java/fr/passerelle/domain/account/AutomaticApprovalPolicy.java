package fr.passerelle.domain.account;

import fr.passerelle.domain.shared.Email;

import java.util.EnumSet;
import java.util.Set;

/**
 * A newcomer whose verified login e-mail is one of the contacts the OPCO already knows for the (open) establishment
 * they asked to join is who the OPCO would have approved anyway: no need to make them wait for staff.
 */
public final class AutomaticApprovalPolicy {

    /** What an automatically approved contact may do; an ADMIN can widen it afterwards. */
    public static final Set<Right> DEFAULT_RIGHTS =
            Set.copyOf(EnumSet.of(Right.VIEW_DOSSIERS, Right.MANAGE_DOSSIERS, Right.MANAGE_INVOICES));

    private AutomaticApprovalPolicy() {
    }

    public static boolean approves(Email login, RequestedEstablishment establishment) {
        return establishment.open() && establishment.contacts().contains(login);
    }
}
