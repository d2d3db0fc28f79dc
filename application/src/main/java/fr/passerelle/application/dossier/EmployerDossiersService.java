package fr.passerelle.application.dossier;

import fr.passerelle.application.document.DocumentStore;
import fr.passerelle.application.establishment.Establishments;
import fr.passerelle.application.dossier.DossierCommands.CreateDraft;
import fr.passerelle.application.dossier.DossierCommands.SaveDraft;
import fr.passerelle.application.dossier.DossierCommands.WithMessage;
import fr.passerelle.application.dossier.DossierCommands.WithReason;
import fr.passerelle.application.identity.AccountDirectory;
import fr.passerelle.application.identity.Caller;
import fr.passerelle.application.shared.Clock;
import fr.passerelle.application.shared.ResourceNotFoundException;
import fr.passerelle.domain.account.Actor;
import fr.passerelle.domain.account.Right;
import fr.passerelle.domain.dossier.Dossier;
import fr.passerelle.domain.dossier.DossierId;
import fr.passerelle.domain.dossier.DossierNumber;
import fr.passerelle.domain.establishment.Establishment;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The employer's side of a dossier. An establishment the caller has no dossier right on reads as unknown; a
 * caller who may only view its dossiers is refused by the domain ({@code DOSSIER_ACTION_FORBIDDEN}).
 */
public final class EmployerDossiersService implements EmployerDossiers {

    private final DossierAccess access;
    private final Dossiers dossiers;
    private final DossierNumbers numbers;
    private final Establishments establishments;
    private final CompanyEmployees employees;
    private final IdempotencyKeys idempotencyKeys;


    public EmployerDossiersService(Dossiers dossiers, DossierNumbers numbers, Establishments establishments,
                                   CompanyEmployees employees, IdempotencyKeys idempotencyKeys, AccountDirectory accounts,
                                   Clock clock, DocumentStore files) {
        this.access = new DossierAccess(dossiers, accounts, clock, files);
        this.dossiers = Objects.requireNonNull(dossiers);
        this.numbers = Objects.requireNonNull(numbers);
        this.establishments = Objects.requireNonNull(establishments);
        this.employees = Objects.requireNonNull(employees);
        this.idempotencyKeys = Objects.requireNonNull(idempotencyKeys);
    }

    @Override
    public DossierView createDraft(Caller caller, CreateDraft command) {
        Actor actor = access.requireActor(caller);
        Establishment establishment = establishments.find(command.establishmentId())
                .filter(found -> actor.hasRight(found.id(), Right.VIEW_DOSSIERS) || actor.hasRight(found.id(), Right.MANAGE_DOSSIERS))
                .orElseThrow(() -> new ResourceNotFoundException("Cet établissement n’existe pas ou ne vous est pas accessible."));
        DossierNumber number = numbers.next();
        Optional<DossierNumber> earlier = command.idempotencyKey()
                .flatMap(key -> idempotencyKeys.claim(caller.subject(), key, number));
        if (earlier.isPresent()) {
            return access.view(actor, access.visible(actor, earlier.get().value()));
        }
        Dossier dossier = Dossier.draft(new DossierId(UUID.randomUUID()), number, establishment, command.scheme(), actor, access.now());
        return access.view(actor, dossiers.add(dossier.snapshot()));
    }

    @Override
    public DossierView saveDraft(Caller caller, SaveDraft command) {
        return access.changeAndView(caller, command.dossier(), (dossier, actor, at) -> dossier.saveDraft(actor, at, command.content()));
    }

    @Override
    public void deleteDraft(Caller caller, DossierRef dossier) {
        access.change(access.requireActor(caller), dossier, Dossier::deleteDraft);
    }

    @Override
    public DossierView submit(Caller caller, DossierRef ref) {
        return access.changeAndView(caller, ref, (dossier, actor, at) -> {
            Establishment establishment = establishments.find(dossier.establishmentId())
                    .orElseThrow(() -> new IllegalStateException("The establishment of dossier " + dossier.number() + " is gone"));
            dossier.submit(actor, at, establishment, employees.ofCompanyOf(dossier.establishmentId()));
        });
    }

    @Override
    public DossierView unlock(Caller caller, DossierRef dossier) {
        return access.changeAndView(caller, dossier, Dossier::unlock);
    }

    @Override
    public DossierView cancel(Caller caller, WithReason command) {
        return access.changeAndView(caller, command.dossier(), (dossier, actor, at) -> dossier.cancel(actor, at, command.reason()));
    }

    @Override
    public DossierView handBackDocuments(Caller caller, DossierRef dossier) {
        return access.changeAndView(caller, dossier, Dossier::handBackDocuments);
    }

    @Override
    public DossierView requestModification(Caller caller, WithMessage command) {
        return access.changeAndView(caller, command.dossier(),
                (dossier, actor, at) -> dossier.requestModification(actor, at, command.message()));
    }

    @Override
    public DossierView requestCancellation(Caller caller, WithMessage command) {
        return access.changeAndView(caller, command.dossier(),
                (dossier, actor, at) -> dossier.requestCancellation(actor, at, command.message()));
    }
}
