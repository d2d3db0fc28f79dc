package fr.passerelle.application.establishment;

import fr.passerelle.application.document.DocumentStore;
import fr.passerelle.application.dossier.PageRequest;
import fr.passerelle.application.establishment.EstablishmentCommands.OnBankAccount;
import fr.passerelle.application.establishment.EstablishmentCommands.RejectBankAccount;
import fr.passerelle.application.establishment.EstablishmentCommands.WithReason;
import fr.passerelle.application.identity.AccountDirectory;
import fr.passerelle.application.identity.Caller;
import fr.passerelle.application.shared.Clock;
import fr.passerelle.application.shared.Page;
import fr.passerelle.domain.account.ActorKind;

import java.util.Objects;

/** Staff's decisions on establishments; who may take them is the domain's transition table ({@code STAFF}). */
public final class StaffEstablishmentsService implements StaffEstablishments {

    private final EstablishmentAccess access;
    private final EstablishmentIndex index;
    private final SiretMoves siretMoves;

    public StaffEstablishmentsService(Establishments establishments, EstablishmentIndex index, DocumentStore files,
                                      AccountDirectory accounts, Clock clock) {
        this.access = new EstablishmentAccess(establishments, accounts, files, clock);
        this.index = Objects.requireNonNull(index);
        this.siretMoves = new SiretMoves(establishments);
    }

    @Override
    public Page<PendingChange> changeQueue(Caller caller, PageRequest page) {
        return isStaff(caller) ? index.pendingChanges(page) : Page.empty();
    }

    @Override
    public Page<PendingBankAccount> bankAccountQueue(Caller caller, PageRequest page) {
        return isStaff(caller) ? index.pendingBankAccounts(page) : Page.empty();
    }

    @Override
    public EstablishmentView approveChange(Caller caller, EstablishmentRef ref) {
        return access.changeAndView(caller, ref, (establishment, actor, at) -> {
            establishment.pendingChangeRequest().flatMap(request -> request.change().siret())
                    .ifPresent(siret -> siretMoves.requireFree(siret, establishment.id()));
            establishment.approveChange(actor, at);
        });
    }

    @Override
    public EstablishmentView rejectChange(Caller caller, WithReason command) {
        return access.changeAndView(caller, command.establishment(),
                (establishment, actor, at) -> establishment.rejectChange(actor, at, command.reason()));
    }

    @Override
    public EstablishmentView close(Caller caller, WithReason command) {
        return access.changeAndView(caller, command.establishment(),
                (establishment, actor, at) -> establishment.close(actor, at, command.reason()));
    }

    @Override
    public EstablishmentView reopen(Caller caller, EstablishmentRef ref) {
        return access.changeAndView(caller, ref, (establishment, actor, at) -> establishment.reopen(actor, at));
    }

    @Override
    public EstablishmentView validateBankAccount(Caller caller, OnBankAccount command) {
        return access.changeAndView(caller, command.establishment(), (establishment, actor, at) -> {
            BankAccounts.require(establishment, command.account());
            establishment.validateBankAccount(actor, at, command.account());
        });
    }

    @Override
    public EstablishmentView rejectBankAccount(Caller caller, RejectBankAccount command) {
        return access.changeAndView(caller, command.establishment(), (establishment, actor, at) -> {
            BankAccounts.require(establishment, command.account());
            establishment.rejectBankAccount(actor, at, command.account(), command.reason());
        });
    }

    private boolean isStaff(Caller caller) {
        return access.actorFor(caller).filter(actor -> actor.is(ActorKind.STAFF)).isPresent();
    }
}
