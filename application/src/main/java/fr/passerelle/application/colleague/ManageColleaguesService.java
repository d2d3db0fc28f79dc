package fr.passerelle.application.colleague;

import fr.passerelle.application.account.Accounts;
import fr.passerelle.application.account.StoredAccount;
import fr.passerelle.application.colleague.ColleagueCommands.AccountRef;
import fr.passerelle.application.colleague.ColleagueCommands.ChangeRights;
import fr.passerelle.application.colleague.ColleagueCommands.GiveUpAdmin;
import fr.passerelle.application.colleague.ColleagueCommands.HandOverAdmin;
import fr.passerelle.application.colleague.ColleagueCommands.Invite;
import fr.passerelle.application.colleague.ColleagueCommands.InviteForTrainingBody;
import fr.passerelle.application.colleague.ColleagueCommands.InviteInImageOf;
import fr.passerelle.application.colleague.ColleagueAccess.IdentityChange;
import fr.passerelle.application.colleague.ColleagueCommands.WithReason;
import fr.passerelle.application.establishment.Establishments;
import fr.passerelle.application.identity.AccountDirectory;
import fr.passerelle.application.identity.Caller;
import fr.passerelle.application.identity.EmailAlreadyRegisteredException;
import fr.passerelle.application.identity.IdentityProvider;
import fr.passerelle.application.identity.IdentityProvider.CreatedIdentity;
import fr.passerelle.application.identity.IdentityProvider.NewIdentity;
import fr.passerelle.application.identity.Role;
import fr.passerelle.application.shared.Clock;
import fr.passerelle.application.shared.ResourceNotFoundException;
import fr.passerelle.domain.account.Actor;
import fr.passerelle.domain.account.Right;
import fr.passerelle.domain.account.UserAccount;
import fr.passerelle.domain.shared.Email;
import fr.passerelle.domain.shared.UserId;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The commands on colleagues' accounts. Passerelle and the identity provider change together: an invitation creates
 * the provider's user first and deletes it again if the account cannot be stored; suspending or closing disables the
 * user once every rule has passed and before the account is stored (enabling it again if the account cannot be
 * stored), so that a provider that cannot be reached leaves the account as it was.
 */
public final class ManageColleaguesService implements ManageColleagues {

    private final ColleagueAccess access;
    private final Accounts accounts;
    private final IdentityProvider identityProvider;

    public ManageColleaguesService(Accounts accounts, Colleagues colleagues, Establishments establishments,
                                   AccountDirectory directory, IdentityProvider identityProvider, Clock clock) {
        this.access = new ColleagueAccess(accounts, colleagues, establishments, directory, clock);
        this.accounts = Objects.requireNonNull(accounts);
        this.identityProvider = Objects.requireNonNull(identityProvider);
    }

    @Override
    public Invitation invite(Caller caller, Invite command) {
        Actor actor = access.requireActor(caller);
        command.links().keySet().forEach(establishment -> access.known(actor, establishment));
        return create(actor, command.email(), Role.EMPLOYER, id -> UserAccount.invite(id, command.email(), command.name(),
                command.links(), actor, access.now()), id -> { });
    }

    @Override
    public Invitation inviteInImageOf(Caller caller, InviteInImageOf command) {
        Actor actor = access.requireActor(caller);
        UserAccount model = UserAccount.restore(access.visible(actor, command.model()).snapshot());
        return create(actor, command.email(), Role.EMPLOYER, id -> UserAccount.inImageOf(id, command.email(), command.name(),
                model, actor, access.now()), id -> { });
    }

    /**
     * The account is linked to no establishment: what a training body's user sees follows from the SIRET alone (the
     * dossiers naming it under subrogation). The link is written in the same transaction as the account, and a failure
     * of either deletes the identity provider's user again.
     */
    @Override
    public Invitation inviteForTrainingBody(Caller caller, InviteForTrainingBody command) {
        Actor actor = access.requireActor(caller);
        return create(actor, command.email(), Role.TRAINING_BODY, id -> UserAccount.inviteForTrainingBody(id, command.email(),
                command.name(), actor, access.now()), id -> accounts.linkToTrainingBody(id, command.trainingBody()));
    }

    private Invitation create(Actor actor, Email email, Role role, Function<UserId, UserAccount> invitation,
                              Consumer<UserId> afterAdding) {
        if (accounts.findByLogin(email).isPresent()) {
            throw taken(email, role);
        }
        UserAccount account = invitation.apply(new UserId(UUID.randomUUID()));
        CreatedIdentity identity;
        try {
            identity = identityProvider.invite(new NewIdentity(email, account.name(), role));
        } catch (EmailAlreadyRegisteredException alreadyThere) {
            throw taken(email, role);
        }
        StoredAccount stored;
        try {
            stored = accounts.add(account.snapshot(), identity.subject());
            afterAdding.accept(account.id());
        } catch (RuntimeException failed) {
            undo(identity, failed);
            throw failed;
        }
        return new Invitation(access.view(actor, stored), identity.emailSent());
    }

    private static EmailAlreadyRegisteredException taken(Email email, Role role) {
        return role == Role.TRAINING_BODY
                ? EmailAlreadyRegisteredException.ofTrainingBodyUser(email)
                : EmailAlreadyRegisteredException.ofColleague(email);
    }

    private void undo(CreatedIdentity identity, RuntimeException failed) {
        try {
            identityProvider.deleteAfterFailedCreation(identity.subject());
        } catch (RuntimeException undoFailed) {
            failed.addSuppressed(undoFailed);
        }
    }

    @Override
    public ColleagueView changeRights(Caller caller, ChangeRights command) {
        Actor actor = access.requireActor(caller);
        access.known(actor, command.establishment());
        return access.view(actor, access.change(actor, command.account(),
                (account, by, at) -> account.changeRights(by, at, command.establishment(), command.rights())));
    }

    @Override
    public ColleagueView suspend(Caller caller, WithReason command) {
        return changeWithLogin(caller, command.account(), (account, by, at) -> account.suspend(by, at, command.reason()), disabling());
    }

    @Override
    public ColleagueView reinstate(Caller caller, AccountRef account) {
        return changeWithLogin(caller, account, UserAccount::reactivate,
                new IdentityChange(identityProvider::enable, identityProvider::disable));
    }

    @Override
    public ColleagueView close(Caller caller, WithReason command) {
        return changeWithLogin(caller, command.account(), (account, by, at) -> account.close(by, at, command.reason()), disabling());
    }

    private IdentityChange disabling() {
        return new IdentityChange(identityProvider::disable, identityProvider::enable);
    }

    private ColleagueView changeWithLogin(Caller caller, AccountRef ref, ColleagueAccess.Change change, IdentityChange login) {
        Actor actor = access.requireActor(caller);
        return access.view(actor, access.change(actor, ref, change, login));
    }

    @Override
    public ColleagueView handOverAdmin(Caller caller, HandOverAdmin command) {
        Actor actor = access.requireActor(caller);
        access.known(actor, command.establishment());
        StoredAccount receiver = access.change(actor, command.to(), (account, by, at) -> {
            Set<Right> rights = EnumSet.of(Right.ADMIN);
            rights.addAll(account.links().getOrDefault(command.establishment(), Set.of()));
            account.changeRights(by, at, command.establishment(), rights);
        });
        if (!command.keepMine()) {
            StoredAccount mine = accounts.find(actor.id())
                    .orElseThrow(() -> new ResourceNotFoundException(ColleagueAccess.ACCOUNT_NOT_FOUND));
            access.changeStored(actor, mine, (account, by, at) -> account.giveUpAdmin(by, at, command.establishment()));
        }
        return access.view(actor, receiver);
    }

    @Override
    public ColleagueView giveUpAdmin(Caller caller, GiveUpAdmin command) {
        Actor actor = access.requireActor(caller);
        return access.view(actor, access.change(actor, command.account(),
                (account, by, at) -> account.giveUpAdmin(by, at, command.establishment())));
    }
}
