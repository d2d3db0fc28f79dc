package fr.passerelle.application.account;

import fr.passerelle.application.account.AccountRequest.RequestedEstablishmentView;
import fr.passerelle.application.dossier.PageRequest;
import fr.passerelle.application.establishment.Establishments;
import fr.passerelle.application.identity.AccountDirectory;
import fr.passerelle.application.identity.Caller;
import fr.passerelle.application.identity.CallerActors;
import fr.passerelle.application.shared.Clock;
import fr.passerelle.application.shared.ResourceNotFoundException;
import fr.passerelle.application.shared.VersionMismatchException;
import fr.passerelle.domain.account.Actor;
import fr.passerelle.domain.account.ActorKind;
import fr.passerelle.domain.account.UserAccount;
import fr.passerelle.domain.account.UserAccountSnapshot;
import fr.passerelle.domain.establishment.Establishment;
import fr.passerelle.domain.establishment.EstablishmentStatus;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.UserId;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * Staff's side of self-registration. Only staff reach it; whether the account may still be approved or rejected is
 * the domain's transition table (an account already decided on answers a conflict).
 */
public final class StaffAccountRequestsService implements StaffAccountRequests {

    static final String NOT_FOUND = "Cette demande de compte n’existe pas ou ne vous est pas accessible.";

    private final Accounts accounts;
    private final PendingAccounts pending;
    private final Establishments establishments;
    private final CallerActors actors;
    private final Clock clock;

    public StaffAccountRequestsService(Accounts accounts, PendingAccounts pending, Establishments establishments,
                                       AccountDirectory directory, Clock clock) {
        this.accounts = Objects.requireNonNull(accounts);
        this.pending = Objects.requireNonNull(pending);
        this.establishments = Objects.requireNonNull(establishments);
        this.actors = new CallerActors(directory);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public AccountRequestPage pending(Caller caller, PageRequest page) {
        requireStaff(caller);
        PendingAccounts.Page found = pending.pendingApproval(page);
        return new AccountRequestPage(found.accounts().stream().map(this::view).toList(), found.nextCursor());
    }

    @Override
    public AccountRequest approve(Caller caller, Approve command) {
        return decide(caller, command.accountId(), command.expectedVersion(),
                (account, staff) -> account.approve(staff, clock.now(), command.rights()));
    }

    @Override
    public AccountRequest reject(Caller caller, Reject command) {
        return decide(caller, command.accountId(), command.expectedVersion(),
                (account, staff) -> account.reject(staff, clock.now(), command.reason()));
    }

    private AccountRequest decide(Caller caller, UUID accountId, Optional<Long> expectedVersion,
                                  BiConsumer<UserAccount, Actor> decision) {
        Actor staff = requireStaff(caller);
        StoredAccount stored = accounts.find(new UserId(accountId))
                .filter(found -> !found.snapshot().requestedEstablishments().isEmpty())
                .orElseThrow(() -> new ResourceNotFoundException(NOT_FOUND));
        expectedVersion.filter(expected -> expected != stored.version()).ifPresent(expected -> {
            throw new VersionMismatchException(expected, stored.version());
        });
        UserAccount account = UserAccount.restore(stored.snapshot());
        decision.accept(account, staff);
        return view(accounts.update(account.snapshot(), stored.version()));
    }

    private Actor requireStaff(Caller caller) {
        return actors.actorFor(caller)
                .filter(actor -> actor.is(ActorKind.STAFF))
                .orElseThrow(() -> new ResourceNotFoundException(NOT_FOUND));
    }

    private AccountRequest view(StoredAccount stored) {
        UserAccountSnapshot account = stored.snapshot();
        List<RequestedEstablishmentView> requested = account.requestedEstablishments().stream()
                .map(id -> establishments.find(id).map(found -> requestedView(found, account))
                        .orElseThrow(() -> new IllegalStateException("Requested establishment " + id + " is gone")))
                .sorted(Comparator.comparing(RequestedEstablishmentView::name).thenComparing(view -> view.siret().value()))
                .toList();
        return new AccountRequest(account.id(), account.login(), account.name(), account.phone(), account.status(),
                account.createdAt(), stored.version(), requested);
    }

    private static RequestedEstablishmentView requestedView(Establishment establishment, UserAccountSnapshot account) {
        EstablishmentId id = establishment.id();
        return new RequestedEstablishmentView(id, establishment.siret(), establishment.name(),
                establishment.status() == EstablishmentStatus.CLOSED, establishment.contacts().contains(account.login()),
                account.links().getOrDefault(id, Set.of()));
    }
}
