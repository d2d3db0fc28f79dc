package fr.passerelle.application.dossier;

import fr.passerelle.application.document.DocumentStore;
import fr.passerelle.application.dossier.DossierCommands.Grant;
import fr.passerelle.application.dossier.DossierCommands.RequestDocuments;
import fr.passerelle.application.dossier.DossierCommands.WithReason;
import fr.passerelle.application.identity.AccountDirectory;
import fr.passerelle.application.establishment.Establishments;
import fr.passerelle.application.identity.Caller;
import fr.passerelle.application.shared.Clock;
import fr.passerelle.domain.dossier.DocumentRequest;
import fr.passerelle.domain.dossier.Dossier;
import fr.passerelle.domain.dossier.MessageSide;
import fr.passerelle.domain.dossier.RequestKind;
import fr.passerelle.domain.shared.Money;

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

    /**
     * What a dossier has been invoiced so far, which a cancellation does not release. Invoicing does not exist yet,
     * so no dossier has any invoice: the whole commitment goes back to the company.
     */
    private static final Money NOTHING_INVOICED_YET = Money.ZERO;

    private final DossierAccess access;
    private final CompanyFunds funds;
    private final MessageThreads threads;
    private final DecisionLetterFiling letterFiling;

    public StaffDossierReviewService(Dossiers dossiers, CompanyFunds funds, AccountDirectory accounts, Clock clock,
                                     DocumentStore files, Establishments establishments, MessageThreads threads,
                                     DecisionLetters letters) {
        this.access = new DossierAccess(dossiers, accounts, clock, files);
        this.funds = Objects.requireNonNull(funds);
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
            dossier.grant(actor, at, command.amount(), funds.availableFor(dossier.establishmentId()));
            letterFiling.attach(dossier, actor, at);
        });
    }

    @Override
    public DossierView refuse(Caller caller, WithReason command) {
        return access.changeAndView(caller, command.dossier(), (dossier, actor, at) -> {
            dossier.refuse(actor, at, command.reason());
            letterFiling.attach(dossier, actor, at);
        });
    }

    @Override
    public DossierView acceptRequest(Caller caller, DossierRef ref) {
        return access.changeAndView(caller, ref, (dossier, actor, at) -> {
            boolean cancellation = dossier.pendingRequest().filter(request -> request.kind() == RequestKind.CANCELLATION).isPresent();
            if (cancellation) {
                dossier.acceptCancellationRequest(actor, at, NOTHING_INVOICED_YET);
            } else {
                dossier.acceptModificationRequest(actor, at);
            }
        });
    }

    @Override
    public DossierView declineRequest(Caller caller, WithReason command) {
        return access.changeAndView(caller, command.dossier(), (dossier, actor, at) -> dossier.declineRequest(actor, at, command.reason()));
    }
}
