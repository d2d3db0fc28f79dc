package fr.passerelle.application.dossier;

import fr.passerelle.application.document.DocumentStore;
import fr.passerelle.application.dossier.DossierCommands.Grant;
import fr.passerelle.application.dossier.DossierCommands.RequestDocuments;
import fr.passerelle.application.dossier.DossierCommands.WithReason;
import fr.passerelle.application.establishment.Establishments;
import fr.passerelle.application.funding.FundingAccounts;
import fr.passerelle.application.identity.AccountDirectory;
import fr.passerelle.application.identity.Caller;
import fr.passerelle.application.invoice.Invoices;
import fr.passerelle.application.shared.Clock;
import fr.passerelle.domain.dossier.DocumentRequest;
import fr.passerelle.domain.dossier.Dossier;
import fr.passerelle.domain.dossier.FundingSource;
import fr.passerelle.domain.dossier.MessageSide;
import fr.passerelle.domain.dossier.RequestKind;
import fr.passerelle.domain.shared.DomainException;
import fr.passerelle.domain.shared.Money;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Staff's side of a dossier; whether the caller may perform each command is the domain's transition table.
 *
 * <p>A request for documents is also a message of the dossier's thread, linked to the request (its types and due
 * date), so that the company reads it where it answers. A grant or a refusal comes with its decision letter, written
 * and attached to the dossier in the same transaction: if the letter cannot be written, the decision is not stored.
 */
public final class StaffDossierReviewService implements StaffDossierReview {

    private final DossierAccess access;
    private final FundingAccounts funds;
    private final Invoices invoices;
    private final MessageThreads threads;
    private final DecisionLetterFiling letterFiling;

    public StaffDossierReviewService(Dossiers dossiers, FundingAccounts funds, Invoices invoices, AccountDirectory accounts,
                                     Clock clock, DocumentStore files, Establishments establishments, MessageThreads threads,
                                     DecisionLetters letters) {
        this.access = new DossierAccess(dossiers, accounts, clock, files);
        this.funds = Objects.requireNonNull(funds);
        this.invoices = Objects.requireNonNull(invoices);
        this.threads = Objects.requireNonNull(threads);
        this.letterFiling = new DecisionLetterFiling(files, establishments, letters);
    }

    @Override
    public DossierView takeIntoReview(Caller caller, DossierRef dossier) {
        return access.changeAndView(caller, dossier, Dossier::takeIntoReview);
    }

    @Override
    public DossierView requestDocuments(Caller caller, RequestDocuments command) {
        return access.changeAndView(caller, command.dossier(), (dossier, actor, at) -> {
            dossier.requestDocuments(actor, at, command.types(), command.dueDate(), command.message());
            DocumentRequest request = dossier.documentRequest().orElseThrow();
            threads.add(new ThreadMessage(UUID.randomUUID(), dossier.id(), MessageSide.OPCO, actor.id(), caller.displayName(),
                    request.message(), at, List.of(),
                    Optional.of(new ThreadMessage.RequestedDocuments(request.types(), request.dueDate())), Optional.empty()));
        });
    }

    @Override
    public DossierView grant(Caller caller, Grant command) {
        return access.changeAndView(caller, command.dossier(), (dossier, actor, at) -> {
            dossier.grant(actor, at, command.amount(), availableForCommitment(dossier));
            letterFiling.attach(dossier, actor, at);
        });
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
        return access.changeAndView(caller, command.dossier(), (dossier, actor, at) -> {
            dossier.refuse(actor, at, command.reason());
            letterFiling.attach(dossier, actor, at);
        });
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
