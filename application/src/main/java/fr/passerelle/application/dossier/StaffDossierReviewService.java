package fr.passerelle.application.dossier;

import fr.passerelle.application.document.ContentTypes;
import fr.passerelle.application.document.DocumentFile;
import fr.passerelle.application.document.DocumentOwner;
import fr.passerelle.application.document.DocumentStore;
import fr.passerelle.application.dossier.DecisionLetter.Decision;
import fr.passerelle.application.dossier.DecisionLetter.Granted;
import fr.passerelle.application.dossier.DecisionLetter.Refused;
import fr.passerelle.application.dossier.DossierCommands.Grant;
import fr.passerelle.application.dossier.DossierCommands.RequestDocuments;
import fr.passerelle.application.dossier.DossierCommands.WithReason;
import fr.passerelle.application.identity.AccountDirectory;
import fr.passerelle.application.establishment.Establishments;
import fr.passerelle.application.identity.Caller;
import fr.passerelle.application.shared.Clock;
import fr.passerelle.domain.account.Actor;
import fr.passerelle.domain.dossier.DocumentRequest;
import fr.passerelle.domain.dossier.Dossier;
import fr.passerelle.domain.dossier.MessageSide;
import fr.passerelle.domain.dossier.RequestKind;
import fr.passerelle.domain.dossier.Training;
import fr.passerelle.domain.establishment.Establishment;
import fr.passerelle.domain.shared.DocumentId;
import fr.passerelle.domain.shared.Money;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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

    private static final ZoneId OPCO_TIME_ZONE = ZoneId.of("Europe/Paris");

    private final DossierAccess access;
    private final CompanyFunds funds;
    private final DocumentStore files;
    private final Establishments establishments;
    private final MessageThreads threads;
    private final DecisionLetters letters;

    public StaffDossierReviewService(Dossiers dossiers, CompanyFunds funds, AccountDirectory accounts, Clock clock,
                                     DocumentStore files, Establishments establishments, MessageThreads threads,
                                     DecisionLetters letters) {
        this.access = new DossierAccess(dossiers, accounts, clock, files);
        this.funds = Objects.requireNonNull(funds);
        this.files = Objects.requireNonNull(files);
        this.establishments = Objects.requireNonNull(establishments);
        this.threads = Objects.requireNonNull(threads);
        this.letters = Objects.requireNonNull(letters);
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
            attachDecisionLetter(dossier, actor, at, new Granted(command.amount()), "accord");
        });
    }

    @Override
    public DossierView refuse(Caller caller, WithReason command) {
        return access.changeAndView(caller, command.dossier(), (dossier, actor, at) -> {
            dossier.refuse(actor, at, command.reason());
            attachDecisionLetter(dossier, actor, at, new Refused(dossier.refusalReason().orElseThrow()), "refus");
        });
    }

    private void attachDecisionLetter(Dossier dossier, Actor actor, Instant at, Decision decision, String kind) {
        Establishment establishment = establishments.find(dossier.establishmentId())
                .orElseThrow(() -> new IllegalStateException("The establishment of dossier " + dossier.number() + " is missing"));
        Training training = dossier.content().training();
        byte[] pdf = letters.write(new DecisionLetter(dossier.number(), establishment.name(), establishment.siret(),
                establishment.address(), dossier.scheme(), Optional.ofNullable(training.title()),
                Optional.ofNullable(training.startDate()), Optional.ofNullable(training.endDate()),
                Optional.ofNullable(dossier.content().amountRequested()), decision, LocalDate.ofInstant(at, OPCO_TIME_ZONE)));
        DocumentFile file = DocumentFile.of(new DocumentId(UUID.randomUUID()), ContentTypes.PDF, pdf);
        files.store(DocumentOwner.of(dossier.id()), file, new ByteArrayInputStream(pdf));
        dossier.attachDecisionLetter(actor, at, file.id(), "Courrier-" + kind + "-" + dossier.number().value() + ".pdf");
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
