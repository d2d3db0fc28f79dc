package fr.passerelle.application.dossier;

import fr.passerelle.application.identity.AccountDirectory;
import fr.passerelle.application.identity.Caller;
import fr.passerelle.application.identity.CallerActors;
import fr.passerelle.application.shared.ResourceNotFoundException;
import fr.passerelle.domain.account.Actor;
import fr.passerelle.domain.account.ActorKind;
import fr.passerelle.domain.account.Right;
import fr.passerelle.domain.shared.EstablishmentId;

import java.util.List;
import java.util.Objects;

/**
 * Birth dates and contracts are personal data: the register is shown to those who enrol trainees or keep the
 * register, not to every reader of the establishment's dossiers.
 */
public final class ListEmployeesService implements ListEmployees {

    static final String NOT_FOUND = "Cet établissement n’existe pas ou ne vous est pas accessible.";

    private final EmployeeRegister register;
    private final CallerActors actors;

    public ListEmployeesService(EmployeeRegister register, AccountDirectory accounts) {
        this.register = Objects.requireNonNull(register);
        this.actors = new CallerActors(accounts);
    }

    @Override
    public EmployeePage employees(Caller caller, EstablishmentId establishment, List<String> nameWords, PageRequest page) {
        return actors.actorFor(caller)
                .filter(actor -> mayReadRegister(actor, establishment))
                .flatMap(actor -> register.ofCompanyOf(establishment, nameWords, page))
                .orElseThrow(() -> new ResourceNotFoundException(NOT_FOUND));
    }

    private static boolean mayReadRegister(Actor actor, EstablishmentId establishment) {
        return actor.is(ActorKind.STAFF)
                || actor.hasRight(establishment, Right.MANAGE_DOSSIERS)
                || actor.hasRight(establishment, Right.MANAGE_EMPLOYEES);
    }
}
