package fr.passerelle.application.dossier;

import fr.passerelle.application.document.DocumentStore;
import fr.passerelle.application.funding.FundingAccounts;
import fr.passerelle.application.invoice.Invoices;
import fr.passerelle.application.dossier.DossierCommands.Grant;
import fr.passerelle.application.dossier.DossierCommands.RequestDocuments;
import fr.passerelle.application.dossier.DossierCommands.WithReason;
import fr.passerelle.application.identity.AccountDirectory;
import fr.passerelle.application.identity.Caller;
import fr.passerelle.application.shared.Clock;
import fr.passerelle.domain.dossier.Dossier;
import fr.passerelle.domain.dossier.FundingSource;
import fr.passerelle.domain.dossier.RequestKind;
import fr.passerelle.domain.shared.DomainException;
import fr.passerelle.domain.shared.Money;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** Staff's side of a dossier; whether the caller may perform each command is the domain's transition table. */
public final class StaffDossierReviewService implements StaffDossierReview {

    private final DossierAccess access;
    private final FundingAccounts funds;
    private final Invoices invoices;

    public StaffDossierReviewService(Dossiers dossiers, FundingAccounts funds, Invoices invoices, AccountDirectory accounts,
                                     Clock clock, DocumentStore files) {
        this.access = new DossierAccess(dossiers, accounts, clock, files);
        this.funds = Objects.requireNonNull(funds);
        this.invoices = Objects.requireNonNull(invoices);
    }

    @Override
    public DossierView takeIntoReview(Caller caller, DossierRef dossier) {
        return access.changeAndView(caller, dossier, Dossier::takeIntoReview);
    }

    @Override
    public DossierView requestDocuments(Caller caller, RequestDocuments command) {
        return access.changeAndView(caller, command.dossier(), (dossier, actor, at) ->
                dossier.requestDocuments(actor, at, command.types(), command.dueDate(), command.message()));
    }

    @Override
    public DossierView grant(Caller caller, Grant command) {
        return access.changeAndView(caller, command.dossier(), (dossier, actor, at) ->
                dossier.grant(actor, at, command.amount(), availableForCommitment(dossier)));
    }

    /**
     * What the envelope the dossier draws on has left to commit, that envelope locked until the grant is stored: two
     * grants racing for its last euros are served one after the other, and the second sees the first.
     */
    private Money availableForCommitment(Dossier dossier) {
        LocalDate start = dossier.content().training().startDate();
        if (start == null) {
            throw new DomainException("TRAINING_START_DATE_MISSING", "Le dossier n’a pas de date de début de formation.");
        }
        return funds.lock(dossier.establishmentId(), FundingSource.of(dossier.scheme()), start.getYear()).availableForCommitment();
    }

    @Override
    public DossierView refuse(Caller caller, WithReason command) {
        return access.changeAndView(caller, command.dossier(), (dossier, actor, at) -> dossier.refuse(actor, at, command.reason()));
    }

    /** A cancellation releases what is committed and not invoiced: the dossier is locked first, as a deposit locks it. */
    @Override
    public DossierView acceptRequest(Caller caller, DossierRef ref) {
        DossierAccess.lockBooks(invoices, ref);
        return access.changeAndView(caller, ref, (dossier, actor, at) -> {
            boolean cancellation = dossier.pendingRequest().filter(request -> request.kind() == RequestKind.CANCELLATION).isPresent();
            if (cancellation) {
                dossier.acceptCancellationRequest(actor, at, invoices.totals(dossier.id()).live());
            } else {
                dossier.acceptModificationRequest(actor, at);
            }
        });
    }

    @Override
    public DossierView closeBalance(Caller caller, DossierRef ref) {
        DossierAccess.lockBooks(invoices, ref);
        return access.changeAndView(caller, ref, (dossier, actor, at) -> dossier.closeBalance(actor, at, invoices.totals(dossier.id()).live()));
    }

    @Override
    public DossierView declineRequest(Caller caller, WithReason command) {
        return access.changeAndView(caller, command.dossier(), (dossier, actor, at) -> dossier.declineRequest(actor, at, command.reason()));
    }
}
