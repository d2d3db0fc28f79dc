package fr.passerelle.domain.dossier;

import fr.passerelle.domain.account.Actor;
import fr.passerelle.domain.account.ActorKind;
import fr.passerelle.domain.account.Right;
import fr.passerelle.domain.establishment.Establishment;
import fr.passerelle.domain.shared.DateRange;
import fr.passerelle.domain.shared.DocumentId;
import fr.passerelle.domain.shared.DomainException;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.History;
import fr.passerelle.domain.shared.HistoryEntry;
import fr.passerelle.domain.shared.Money;
import fr.passerelle.domain.shared.PendingEvents;
import fr.passerelle.domain.shared.Siret;
import fr.passerelle.domain.shared.Text;
import fr.passerelle.domain.shared.Transition;
import fr.passerelle.domain.shared.TransitionTable;
import fr.passerelle.domain.shared.UserId;
import fr.passerelle.domain.shared.Violation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static fr.passerelle.domain.dossier.DossierAction.ACCEPT_CANCELLATION;
import static fr.passerelle.domain.dossier.DossierAction.ACCEPT_MODIFICATION;
import static fr.passerelle.domain.dossier.DossierAction.ATTACH_DOCUMENT;
import static fr.passerelle.domain.dossier.DossierAction.CANCEL;
import static fr.passerelle.domain.dossier.DossierAction.CLOSE_BALANCE;
import static fr.passerelle.domain.dossier.DossierAction.DECLINE_REQUEST;
import static fr.passerelle.domain.dossier.DossierAction.DELETE_DRAFT;
import static fr.passerelle.domain.dossier.DossierAction.GRANT;
import static fr.passerelle.domain.dossier.DossierAction.HAND_BACK_DOCUMENTS;
import static fr.passerelle.domain.dossier.DossierAction.REFUSE;
import static fr.passerelle.domain.dossier.DossierAction.REMOVE_DOCUMENT;
import static fr.passerelle.domain.dossier.DossierAction.REQUEST_CANCELLATION;
import static fr.passerelle.domain.dossier.DossierAction.REQUEST_DOCUMENTS;
import static fr.passerelle.domain.dossier.DossierAction.REQUEST_MODIFICATION;
import static fr.passerelle.domain.dossier.DossierAction.SAVE_DRAFT;
import static fr.passerelle.domain.dossier.DossierAction.SUBMIT;
import static fr.passerelle.domain.dossier.DossierAction.TAKE_INTO_REVIEW;
import static fr.passerelle.domain.dossier.DossierAction.TERMINATE;
import static fr.passerelle.domain.dossier.DossierAction.UNLOCK;
import static fr.passerelle.domain.dossier.DossierRole.EMPLOYER;
import static fr.passerelle.domain.dossier.DossierRole.STAFF;
import static fr.passerelle.domain.dossier.DossierRole.TRAINING_BODY;
import static fr.passerelle.domain.dossier.DossierStatus.AWAITING_DOCUMENTS;
import static fr.passerelle.domain.dossier.DossierStatus.CANCELLED;
import static fr.passerelle.domain.dossier.DossierStatus.CLOSED;
import static fr.passerelle.domain.dossier.DossierStatus.DELETED;
import static fr.passerelle.domain.dossier.DossierStatus.DRAFT;
import static fr.passerelle.domain.dossier.DossierStatus.GRANTED;
import static fr.passerelle.domain.dossier.DossierStatus.IN_REVIEW;
import static fr.passerelle.domain.dossier.DossierStatus.REFUSED;
import static fr.passerelle.domain.dossier.DossierStatus.SUBMITTED;
import static fr.passerelle.domain.dossier.DossierStatus.TERMINATED;

/**
 * A request for training funding, from the employer's first draft to the balance of the grant.
 *
 * <p>Accepting a modification request sends the dossier back to {@link DossierStatus#DRAFT}: the employer edits it
 * freely and submits it again, which runs the whole validation again; staff then take it into review anew.
 */
public final class Dossier {

    public static final TransitionTable<DossierStatus, DossierAction, DossierRole> TRANSITIONS =
            TransitionTable.builder(DossierStatus.class, DossierAction.class, DossierRole.class, "DOSSIER", "le dossier")
                    .allow(DRAFT, SAVE_DRAFT, DRAFT, EMPLOYER)
                    .allow(DRAFT, DELETE_DRAFT, DELETED, EMPLOYER)
                    .allow(DRAFT, SUBMIT, SUBMITTED, EMPLOYER)
                    .allow(DRAFT, ATTACH_DOCUMENT, DRAFT, EMPLOYER, STAFF, TRAINING_BODY)
                    .allow(DRAFT, REMOVE_DOCUMENT, DRAFT, EMPLOYER)
                    .allow(SUBMITTED, UNLOCK, DRAFT, EMPLOYER)
                    .allow(SUBMITTED, CANCEL, CANCELLED, EMPLOYER)
                    .allow(SUBMITTED, TAKE_INTO_REVIEW, IN_REVIEW, STAFF)
                    .allow(SUBMITTED, ATTACH_DOCUMENT, SUBMITTED, EMPLOYER, STAFF, TRAINING_BODY)
                    .allow(IN_REVIEW, REQUEST_DOCUMENTS, AWAITING_DOCUMENTS, STAFF)
                    .allow(IN_REVIEW, GRANT, GRANTED, STAFF)
                    .allow(IN_REVIEW, REFUSE, REFUSED, STAFF)
                    .allow(IN_REVIEW, REQUEST_MODIFICATION, IN_REVIEW, EMPLOYER)
                    .allow(IN_REVIEW, REQUEST_CANCELLATION, IN_REVIEW, EMPLOYER)
                    .allow(IN_REVIEW, ACCEPT_MODIFICATION, DRAFT, STAFF)
                    .allow(IN_REVIEW, ACCEPT_CANCELLATION, CANCELLED, STAFF)
                    .allow(IN_REVIEW, DECLINE_REQUEST, IN_REVIEW, STAFF)
                    .allow(IN_REVIEW, ATTACH_DOCUMENT, IN_REVIEW, EMPLOYER, STAFF, TRAINING_BODY)
                    .allow(AWAITING_DOCUMENTS, HAND_BACK_DOCUMENTS, IN_REVIEW, EMPLOYER)
                    .allow(AWAITING_DOCUMENTS, REFUSE, REFUSED, STAFF)
                    .allow(AWAITING_DOCUMENTS, REQUEST_MODIFICATION, AWAITING_DOCUMENTS, EMPLOYER)
                    .allow(AWAITING_DOCUMENTS, REQUEST_CANCELLATION, AWAITING_DOCUMENTS, EMPLOYER)
                    .allow(AWAITING_DOCUMENTS, ACCEPT_MODIFICATION, DRAFT, STAFF)
                    .allow(AWAITING_DOCUMENTS, ACCEPT_CANCELLATION, CANCELLED, STAFF)
                    .allow(AWAITING_DOCUMENTS, DECLINE_REQUEST, AWAITING_DOCUMENTS, STAFF)
                    .allow(AWAITING_DOCUMENTS, ATTACH_DOCUMENT, AWAITING_DOCUMENTS, EMPLOYER, STAFF, TRAINING_BODY)
                    .allow(GRANTED, REQUEST_CANCELLATION, GRANTED, EMPLOYER)
                    .allow(GRANTED, ACCEPT_CANCELLATION, CANCELLED, STAFF)
                    .allow(GRANTED, DECLINE_REQUEST, GRANTED, STAFF)
                    .allow(GRANTED, TERMINATE, TERMINATED, EMPLOYER, TRAINING_BODY)
                    .allow(GRANTED, CLOSE_BALANCE, CLOSED, STAFF)
                    .allow(GRANTED, ATTACH_DOCUMENT, GRANTED, EMPLOYER, STAFF, TRAINING_BODY)
                    .allow(REFUSED, ATTACH_DOCUMENT, REFUSED, EMPLOYER, STAFF, TRAINING_BODY)
                    .allow(TERMINATED, ATTACH_DOCUMENT, TERMINATED, EMPLOYER, STAFF, TRAINING_BODY)
                    .refuseWith(SAVE_DRAFT, "DOSSIER_NOT_EDITABLE",
                            "Le dossier n’est plus modifiable : seul un brouillon peut être modifié.")
                    .refuseWith(DELETE_DRAFT, "DOSSIER_NOT_DELETABLE",
                            "Seul un brouillon peut être supprimé ; un dossier déposé s’annule.")
                    .refuseWith(REMOVE_DOCUMENT, "DOCUMENT_REMOVAL_FORBIDDEN",
                            "Une fois le dossier déposé, ses pièces ne sont plus supprimées : joignez-en une nouvelle version.")
                    .refuseWith(ATTACH_DOCUMENT, "DOSSIER_CLOSED_TO_DOCUMENTS",
                            "Ce dossier n’accepte plus de pièces.")
                    .build();

    private static final ZoneId OPCO_TIME_ZONE = ZoneId.of("Europe/Paris");
    /** What only the training body knows first-hand: who attended, and that the training took place. */
    private static final Set<DocumentType> TRAINING_BODY_DOCUMENTS = EnumSet.of(DocumentType.ATTENDANCE, DocumentType.CERTIFICATE_OF_COMPLETION);
    private static final Set<DossierAction> ANSWERS_TO_REQUEST = EnumSet.of(ACCEPT_MODIFICATION, ACCEPT_CANCELLATION, DECLINE_REQUEST);

    private final DossierId id;
    private final DossierNumber number;
    private final EstablishmentId establishmentId;
    private final FundingScheme scheme;
    private final UserId createdBy;
    private final Instant createdAt;
    private final History<DossierStatus, DossierAction> history;
    private final PendingEvents<DossierEvent> events = new PendingEvents<>();
    private DossierStatus status;
    private DossierContent content;
    private List<DossierDocument> documents;
    private Optional<DocumentRequest> documentRequest;
    private Optional<PendingRequest> pendingRequest;
    private Optional<Money> grantedAmount;
    private Money releasedAmount;
    private Optional<String> refusalReason;
    private Optional<Termination> termination;

    private Dossier(DossierSnapshot snapshot) {
        this.id = Objects.requireNonNull(snapshot.id(), "id");
        this.number = Objects.requireNonNull(snapshot.number(), "number");
        this.establishmentId = Objects.requireNonNull(snapshot.establishmentId(), "establishmentId");
        this.scheme = Objects.requireNonNull(snapshot.scheme(), "scheme");
        this.status = Objects.requireNonNull(snapshot.status(), "status");
        this.content = Objects.requireNonNull(snapshot.content(), "content");
        this.documents = snapshot.documents();
        this.documentRequest = Objects.requireNonNull(snapshot.documentRequest(), "documentRequest");
        this.pendingRequest = Objects.requireNonNull(snapshot.pendingRequest(), "pendingRequest");
        this.grantedAmount = Objects.requireNonNull(snapshot.grantedAmount(), "grantedAmount");
        this.releasedAmount = Objects.requireNonNull(snapshot.releasedAmount(), "releasedAmount");
        this.refusalReason = Objects.requireNonNull(snapshot.refusalReason(), "refusalReason");
        this.termination = Objects.requireNonNull(snapshot.termination(), "termination");
        this.createdBy = Objects.requireNonNull(snapshot.createdBy(), "createdBy");
        this.createdAt = Objects.requireNonNull(snapshot.createdAt(), "createdAt");
        this.history = History.of(snapshot.history());
    }

    /** An empty draft, filed by someone managing the establishment's dossiers, provided the establishment is open. */
    public static Dossier draft(DossierId id, DossierNumber number, Establishment establishment, FundingScheme scheme,
                                Actor actor, Instant at) {
        if (!actor.hasRight(establishment.id(), Right.MANAGE_DOSSIERS)) {
            throw new DomainException("DOSSIER_ACTION_FORBIDDEN",
                    "Vous n’êtes pas habilité à créer un dossier pour cet établissement.");
        }
        establishment.requireOpenForNewDossiers();
        Dossier dossier = new Dossier(new DossierSnapshot(id, number, establishment.id(), scheme, DRAFT, DossierContent.EMPTY,
                List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Money.ZERO, Optional.empty(),
                Optional.empty(), actor.id(), at, List.of()));
        dossier.events.raise(new DossierEvent.Drafted(id, number, establishment.id(), scheme, actor.id(), at));
        return dossier;
    }

    public static Dossier restore(DossierSnapshot snapshot) {
        return new Dossier(snapshot);
    }

    /** Replaces the content with what the employer typed, complete or not: a draft keeps whatever it is given. */
    public void saveDraft(Actor actor, Instant at, DossierContent newContent) {
        Transition<DossierStatus, DossierAction, DossierRole> transition = require(SAVE_DRAFT, actor, at);
        content = Objects.requireNonNull(newContent, "newContent");
        moveAlong(transition, actor, at, Optional.empty());
    }

    public void deleteDraft(Actor actor, Instant at) {
        moveAlong(require(DELETE_DRAFT, actor, at), actor, at, Optional.empty());
    }

    /** Every problem that would stop the submission, without submitting. */
    public List<Violation> validate(Establishment establishment, Set<EmployeeId> companyEmployees) {
        if (!establishment.id().equals(establishmentId)) {
            throw new DomainException("ESTABLISHMENT_MISMATCH", "Cet établissement n’est pas celui du dossier.");
        }
        return SubmissionRules.check(new Submission(scheme, content, establishment.companyHeadcount(), companyEmployees));
    }

    /** Runs the whole validation and reports every problem at once ({@link DossierValidationException}). */
    public void submit(Actor actor, Instant at, Establishment establishment, Set<EmployeeId> companyEmployees) {
        Transition<DossierStatus, DossierAction, DossierRole> transition = require(SUBMIT, actor, at);
        List<Violation> violations = validate(establishment, companyEmployees);
        if (!violations.isEmpty()) {
            throw new DossierValidationException(violations);
        }
        moveAlong(transition, actor, at, Optional.empty());
    }

    public void unlock(Actor actor, Instant at) {
        UnlockOnlyBeforeReview.check(status);
        moveAlong(require(UNLOCK, actor, at), actor, at, Optional.empty());
    }

    /** The employer withdraws a submitted dossier before staff look at it. */
    public void cancel(Actor actor, Instant at, String reason) {
        Transition<DossierStatus, DossierAction, DossierRole> transition = require(CANCEL, actor, at);
        moveAlong(transition, actor, at, Optional.of(Text.requireReason(reason)));
    }

    public void takeIntoReview(Actor actor, Instant at) {
        moveAlong(require(TAKE_INTO_REVIEW, actor, at), actor, at, Optional.empty());
    }

    public void requestDocuments(Actor actor, Instant at, Set<DocumentType> types, LocalDate dueDate, String message) {
        Transition<DossierStatus, DossierAction, DossierRole> transition = require(REQUEST_DOCUMENTS, actor, at);
        if (types.isEmpty()) {
            throw new DomainException("DOCUMENT_TYPES_REQUIRED", "Indiquez au moins une pièce manquante.");
        }
        if (dueDate.isBefore(LocalDate.ofInstant(at, OPCO_TIME_ZONE))) {
            throw new DomainException("INVALID_DUE_DATE", "La date limite de dépôt des pièces ne peut pas être passée.");
        }
        String text = Text.requireNonBlank(message, "MESSAGE_REQUIRED", "Un message est obligatoire.");
        documentRequest = Optional.of(new DocumentRequest(types, dueDate, text, actor.id(), at));
        moveAlong(transition, actor, at, Optional.of(text));
    }

    /** The employer uploaded every requested document and hands the dossier back to staff. */
    public void handBackDocuments(Actor actor, Instant at) {
        Transition<DossierStatus, DossierAction, DossierRole> transition = require(HAND_BACK_DOCUMENTS, actor, at);
        documentRequest = Optional.empty();
        moveAlong(transition, actor, at, Optional.empty());
    }

    public void requestModification(Actor actor, Instant at, String message) {
        fileRequest(REQUEST_MODIFICATION, RequestKind.MODIFICATION, actor, at, message);
    }

    public void requestCancellation(Actor actor, Instant at, String message) {
        fileRequest(REQUEST_CANCELLATION, RequestKind.CANCELLATION, actor, at, message);
    }

    /** Staff agree the employer may change the dossier: back to draft, to be submitted and reviewed again. */
    public void acceptModificationRequest(Actor actor, Instant at) {
        Transition<DossierStatus, DossierAction, DossierRole> transition = require(ACCEPT_MODIFICATION, actor, at);
        pendingRequest = Optional.empty();
        documentRequest = Optional.empty();
        moveAlong(transition, actor, at, Optional.empty());
    }

    /**
     * Staff agree to cancel the dossier; what was committed and not yet invoiced goes back to the company.
     *
     * @param alreadyInvoiced the total of the dossier's submitted, validated and paid invoices
     */
    public void acceptCancellationRequest(Actor actor, Instant at, Money alreadyInvoiced) {
        Transition<DossierStatus, DossierAction, DossierRole> transition = require(ACCEPT_CANCELLATION, actor, at);
        Money released = releasable(alreadyInvoiced);
        pendingRequest = Optional.empty();
        release(released);
        moveAlong(transition, actor, at, Optional.empty(), Money.ZERO, released);
    }

    public void declineRequest(Actor actor, Instant at, String reason) {
        Transition<DossierStatus, DossierAction, DossierRole> transition = require(DECLINE_REQUEST, actor, at);
        Optional<String> why = Optional.of(Text.requireReason(reason));
        pendingRequest = Optional.empty();
        moveAlong(transition, actor, at, why);
    }

    /** Grants the funding, which commits that amount of the company's funds. */
    public void grant(Actor actor, Instant at, Money amount, Money availableFunds) {
        Transition<DossierStatus, DossierAction, DossierRole> transition = require(GRANT, actor, at);
        GrantWithinLimits.check(amount, content.amountRequested(), availableFunds);
        grantedAmount = Optional.of(amount);
        moveAlong(transition, actor, at, Optional.empty(), amount, Money.ZERO);
    }

    public void refuse(Actor actor, Instant at, String reason) {
        Transition<DossierStatus, DossierAction, DossierRole> transition = require(REFUSE, actor, at);
        String why = Text.requireReason(reason);
        refusalReason = Optional.of(why);
        moveAlong(transition, actor, at, Optional.of(why));
    }

    /**
     * The apprenticeship or professionalisation contract ended early; the commitment not yet invoiced is released.
     *
     * @param alreadyInvoiced the total of the dossier's submitted, validated and paid invoices
     */
    public void terminate(Actor actor, Instant at, LocalDate endDate, String reason, Money alreadyInvoiced) {
        Transition<DossierStatus, DossierAction, DossierRole> transition = require(TERMINATE, actor, at);
        DateRange contract = DateRange.of(content.contract().startDate(), content.contract().endDate());
        if (!contract.contains(endDate)) {
            throw new DomainException("TERMINATION_DATE_OUTSIDE_CONTRACT",
                    "La date de rupture doit être comprise entre le " + contract.start() + " et le " + contract.end() + ".");
        }
        String why = Text.requireReason(reason);
        Money released = releasable(alreadyInvoiced);
        termination = Optional.of(new Termination(endDate, why));
        release(released);
        moveAlong(transition, actor, at, Optional.of(why), Money.ZERO, released);
    }

    /**
     * The balance is settled: nothing more will be invoiced, so the rest of the commitment goes back to the company.
     *
     * @param invoiced the total of the dossier's submitted, validated and paid invoices
     */
    public void closeBalance(Actor actor, Instant at, Money invoiced) {
        Transition<DossierStatus, DossierAction, DossierRole> transition = require(CLOSE_BALANCE, actor, at);
        Money released = releasable(invoiced);
        release(released);
        moveAlong(transition, actor, at, Optional.empty(), Money.ZERO, released);
    }

    /**
     * Attaches a file; naming the document it replaces makes it that document's next version.
     *
     * @param replaced the current version of a document of the same type, or empty for a new document
     */
    public void attachDocument(Actor actor, Instant at, DocumentId documentId, DocumentType type, String fileName,
                               Optional<DocumentId> replaced) {
        Transition<DossierStatus, DossierAction, DossierRole> transition = require(ATTACH_DOCUMENT, actor, at);
        if (type == DocumentType.LETTER) {
            throw new DomainException("DOCUMENT_TYPE_RESERVED",
                    "Les courriers de décision sont produits par Passerelle : ce type de pièce ne se dépose pas.");
        }
        if (rolesOf(actor).equals(EnumSet.of(TRAINING_BODY)) && !TRAINING_BODY_DOCUMENTS.contains(type)) {
            throw new DomainException("DOCUMENT_ACTION_FORBIDDEN",
                    "L’organisme de formation joint les feuilles d’émargement et le certificat de réalisation ; les autres pièces viennent de l’employeur.");
        }
        attach(transition, actor, at, documentId, type, fileName, replaced);
    }

    /**
     * Attaches the letter that tells the company staff's decision, written by Passerelle in the same command as the
     * grant or the refusal: the only way a document of type {@link DocumentType#LETTER} enters a dossier.
     */
    public void attachDecisionLetter(Actor actor, Instant at, DocumentId documentId, String fileName) {
        Transition<DossierStatus, DossierAction, DossierRole> transition = require(ATTACH_DOCUMENT, actor, at);
        if (!actor.is(ActorKind.STAFF)) {
            throw new DomainException("LETTER_ACTION_FORBIDDEN", "Seul l’OPCO joint un courrier de décision.");
        }
        if (status != GRANTED && status != REFUSED) {
            throw new DomainException("NO_DECISION_TO_NOTIFY",
                    "Un courrier de décision accompagne un financement accordé ou refusé.");
        }
        attach(transition, actor, at, documentId, DocumentType.LETTER, fileName, Optional.empty());
    }

    /**
     * The side of the message thread this actor writes on. Whoever may attach documents may write (the employer
     * managing the establishment's dossiers, staff), in the same states, except a draft, which the OPCO does not see
     * yet. Reading the thread only takes seeing the dossier.
     */
    public MessageSide requireMayWriteMessage(Actor actor) {
        Optional<Obstacle> obstacle = obstacleToMessages(actor);
        if (obstacle.isPresent()) {
            throw new DomainException(obstacle.get().code(), obstacle.get().message());
        }
        return rolesOf(actor).contains(STAFF) ? MessageSide.OPCO : MessageSide.COMPANY;
    }

    /** Whether {@link #requireMayWriteMessage} lets this actor write now. */
    public boolean mayWriteMessage(Actor actor) {
        return obstacleToMessages(actor).isEmpty();
    }

    private Optional<Obstacle> obstacleToMessages(Actor actor) {
        Set<DossierRole> roles = rolesOf(actor);
        if (!roles.contains(STAFF) && !roles.contains(EMPLOYER)) {
            return Optional.of(new Obstacle("MESSAGE_ACTION_FORBIDDEN",
                    "Vous pouvez lire les messages de ce dossier, mais il faut le droit de gérer ses dossiers pour en écrire."));
        }
        if (status == DRAFT) {
            return Optional.of(new Obstacle("DOSSIER_CLOSED_TO_MESSAGES",
                    "Un brouillon n’est pas encore transmis à l’OPCO : déposez le dossier pour échanger des messages."));
        }
        if (!acceptsDocuments()) {
            return Optional.of(new Obstacle("DOSSIER_CLOSED_TO_MESSAGES", "Ce dossier est clos : il n’accepte plus de messages."));
        }
        return Optional.empty();
    }

    /**
     * The employer or the training body declares the early end of the contract, with the signed form: the dossier is
     * terminated and the form attached to it (as a CERFA), or nothing changes.
     *
     * @param alreadyInvoiced the total of the dossier's submitted, validated and paid invoices
     */
    public void declareTermination(Actor actor, Instant at, LocalDate endDate, String reason, Money alreadyInvoiced,
                                   DocumentId signedForm, String fileName) {
        Text.requireNonBlank(fileName, "FILE_NAME_REQUIRED", "Le nom du fichier est obligatoire.");
        if (documents.stream().anyMatch(document -> document.id().equals(signedForm))) {
            throw new DomainException("DOCUMENT_ALREADY_ATTACHED", "Cette pièce est déjà jointe au dossier.");
        }
        terminate(actor, at, endDate, reason, alreadyInvoiced);
        attach(require(ATTACH_DOCUMENT, actor, at), actor, at, signedForm, DocumentType.CERFA, fileName, Optional.empty());
    }

    private void attach(Transition<DossierStatus, DossierAction, DossierRole> transition, Actor actor, Instant at,
                        DocumentId documentId, DocumentType type, String fileName, Optional<DocumentId> replaced) {
        String name = Text.requireNonBlank(fileName, "FILE_NAME_REQUIRED", "Le nom du fichier est obligatoire.");
        if (documents.stream().anyMatch(document -> document.id().equals(documentId))) {
            throw new DomainException("DOCUMENT_ALREADY_ATTACHED", "Cette pièce est déjà jointe au dossier.");
        }
        Optional<DossierDocument> previous = replaced.map(this::document);
        previous.ifPresent(old -> requireReplaceable(old, type));
        int version = previous.map(old -> old.version() + 1).orElse(1);
        List<DossierDocument> updated = new ArrayList<>();
        for (DossierDocument document : documents) {
            updated.add(previous.filter(document::equals).isPresent() ? document.markedSuperseded(true) : document);
        }
        updated.add(new DossierDocument(documentId, type, name, version, replaced, false, actor.id(), at));
        documents = List.copyOf(updated);
        moveAlong(transition, actor, at, Optional.empty());
    }

    /** Only a draft's documents can be removed; the version it replaced, if any, becomes current again. */
    public void removeDocument(Actor actor, Instant at, DocumentId documentId) {
        Transition<DossierStatus, DossierAction, DossierRole> transition = require(REMOVE_DOCUMENT, actor, at);
        DossierDocument removed = document(documentId);
        List<DossierDocument> remaining = new ArrayList<>();
        for (DossierDocument document : documents) {
            if (!document.equals(removed)) {
                remaining.add(removed.supersedes().filter(document.id()::equals).isPresent() ? document.markedSuperseded(false) : document);
            }
        }
        documents = List.copyOf(remaining);
        moveAlong(transition, actor, at, Optional.empty());
    }

    /** The actions this actor may take now: the transition table, narrowed by the dossier's situation. */
    public Set<DossierAction> allowedActions(Actor actor) {
        Set<DossierAction> actions = EnumSet.noneOf(DossierAction.class);
        for (DossierAction action : TRANSITIONS.actionsFor(status, rolesOf(actor))) {
            if (obstacleTo(action).isEmpty()) {
                actions.add(action);
            }
        }
        return actions;
    }

    /** Staff see every dossier; employers those of the establishments they have dossier rights on; a training body its own. */
    public boolean isVisibleTo(Actor actor) {
        return actor.is(ActorKind.STAFF)
                || actor.hasRight(establishmentId, Right.VIEW_DOSSIERS)
                || actor.hasRight(establishmentId, Right.MANAGE_DOSSIERS)
                || isTrainingBody(actor);
    }

    public boolean acceptsDocuments() {
        return TRANSITIONS.permits(status, ATTACH_DOCUMENT);
    }

    public boolean hasCurrentDocument(DocumentType type) {
        return documents.stream().anyMatch(document -> document.type() == type && document.isCurrent());
    }

    /** Granted funds still committed: what was granted, less what a cancellation, termination or balance released. */
    public Money committedAmount() {
        return grantedAmount.map(granted -> granted.minus(releasedAmount)).orElse(Money.ZERO);
    }

    public Optional<Siret> trainingBodySiret() {
        return Optional.ofNullable(content.trainingBody().siret());
    }

    public List<DossierEvent> pullEvents() {
        return events.pull();
    }

    public List<DossierEvent> pendingEvents() {
        return events.peek();
    }

    public DossierSnapshot snapshot() {
        return new DossierSnapshot(id, number, establishmentId, scheme, status, content, documents, documentRequest,
                pendingRequest, grantedAmount, releasedAmount, refusalReason, termination, createdBy, createdAt,
                history.entries());
    }

    public DossierId id() {
        return id;
    }

    public DossierNumber number() {
        return number;
    }

    public EstablishmentId establishmentId() {
        return establishmentId;
    }

    public FundingScheme scheme() {
        return scheme;
    }

    public DossierStatus status() {
        return status;
    }

    public DossierContent content() {
        return content;
    }

    public List<DossierDocument> documents() {
        return documents;
    }

    public Optional<DocumentRequest> documentRequest() {
        return documentRequest;
    }

    public Optional<PendingRequest> pendingRequest() {
        return pendingRequest;
    }

    public Optional<Money> grantedAmount() {
        return grantedAmount;
    }

    public Optional<String> refusalReason() {
        return refusalReason;
    }

    public Optional<Termination> termination() {
        return termination;
    }

    public List<HistoryEntry<DossierStatus, DossierAction>> history() {
        return history.entries();
    }

    private Set<DossierRole> rolesOf(Actor actor) {
        Set<DossierRole> roles = EnumSet.noneOf(DossierRole.class);
        if (actor.hasRight(establishmentId, Right.MANAGE_DOSSIERS)) {
            roles.add(EMPLOYER);
        }
        if (actor.is(ActorKind.STAFF)) {
            roles.add(STAFF);
        }
        if (isTrainingBody(actor)) {
            roles.add(TRAINING_BODY);
        }
        return roles;
    }

    private boolean isTrainingBody(Actor actor) {
        return trainingBodySiret().filter(actor::speaksFor).isPresent();
    }

    /** The table, then what the dossier's own situation forbids: every command checks both before changing anything. */
    private Transition<DossierStatus, DossierAction, DossierRole> require(DossierAction action, Actor actor, Instant at) {
        Objects.requireNonNull(at, "at");
        Transition<DossierStatus, DossierAction, DossierRole> transition = TRANSITIONS.require(status, action, rolesOf(actor));
        Optional<Obstacle> obstacle = obstacleTo(action);
        if (obstacle.isPresent()) {
            throw new DomainException(obstacle.get().code(), obstacle.get().message());
        }
        return transition;
    }

    /** Why the dossier's situation forbids an action; a plain value, so that listing allowed actions builds no exception. */
    private record Obstacle(String code, String message) {
    }

    private Optional<Obstacle> obstacleTo(DossierAction action) {
        if (ANSWERS_TO_REQUEST.contains(action)) {
            return missingRequestFor(action);
        }
        if (action == ATTACH_DOCUMENT) {
            return Optional.empty();
        }
        if (pendingRequest.isPresent()) {
            return Optional.of(new Obstacle("REQUEST_PENDING",
                    "Une demande de l’employeur attend la réponse de l’OPCO : rien d’autre n’est possible d’ici là."));
        }
        if (action == TERMINATE && !scheme.isWorkStudyContract()) {
            return Optional.of(new Obstacle("TERMINATION_NOT_APPLICABLE",
                    "Seul un contrat d’apprentissage ou de professionnalisation peut être rompu."));
        }
        if (action == HAND_BACK_DOCUMENTS) {
            return missingRequestedDocuments();
        }
        if (action == REMOVE_DOCUMENT && documents.isEmpty()) {
            return Optional.of(new Obstacle("DOCUMENT_NOT_FOUND", "Le dossier n’a aucune pièce à retirer."));
        }
        return Optional.empty();
    }

    private Optional<Obstacle> missingRequestFor(DossierAction answer) {
        Optional<RequestKind> expected = switch (answer) {
            case ACCEPT_MODIFICATION -> Optional.of(RequestKind.MODIFICATION);
            case ACCEPT_CANCELLATION -> Optional.of(RequestKind.CANCELLATION);
            default -> Optional.empty();
        };
        boolean answered = pendingRequest
                .filter(request -> expected.isEmpty() || expected.get() == request.kind())
                .isPresent();
        if (answered) {
            return Optional.empty();
        }
        return Optional.of(new Obstacle("NO_PENDING_REQUEST",
                "Aucune demande de l’employeur de ce type n’attend de réponse."));
    }

    private Optional<Obstacle> missingRequestedDocuments() {
        Set<DocumentType> missing = documentRequest.map(this::stillMissing).orElse(Set.of());
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Obstacle("REQUESTED_DOCUMENTS_MISSING", "Pièces demandées encore manquantes : "
                + missing.stream().map(DocumentType::label).collect(Collectors.joining(", ")) + "."));
    }

    private Set<DocumentType> stillMissing(DocumentRequest request) {
        return request.types().stream()
                .filter(type -> documents.stream().noneMatch(document -> document.type() == type && document.isCurrent()
                        && !document.attachedAt().isBefore(request.requestedAt())))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DocumentType.class)));
    }

    private void fileRequest(DossierAction action, RequestKind kind, Actor actor, Instant at, String message) {
        Transition<DossierStatus, DossierAction, DossierRole> transition = require(action, actor, at);
        String text = Text.requireNonBlank(message, "MESSAGE_REQUIRED", "Un message est obligatoire.");
        pendingRequest = Optional.of(new PendingRequest(kind, text, actor.id(), at));
        moveAlong(transition, actor, at, Optional.of(text));
    }

    private DossierDocument document(DocumentId documentId) {
        return documents.stream()
                .filter(document -> document.id().equals(documentId))
                .findFirst()
                .orElseThrow(() -> new DomainException("DOCUMENT_NOT_FOUND", "Cette pièce n’est pas jointe au dossier."));
    }

    private static void requireReplaceable(DossierDocument old, DocumentType type) {
        if (!old.isCurrent()) {
            throw new DomainException("DOCUMENT_ALREADY_SUPERSEDED", "Cette pièce a déjà été remplacée par une version plus récente.");
        }
        if (old.type() != type) {
            throw new DomainException("DOCUMENT_TYPE_MISMATCH", "Une nouvelle version doit être du même type que la pièce qu’elle remplace.");
        }
    }

    private Money releasable(Money alreadyInvoiced) {
        if (alreadyInvoiced.isNegative()) {
            throw new DomainException("NEGATIVE_AMOUNT", "Le montant déjà facturé ne peut pas être négatif.");
        }
        return committedAmount().minus(alreadyInvoiced).atLeastZero();
    }

    private void release(Money released) {
        releasedAmount = releasedAmount.plus(released);
    }

    private void moveAlong(Transition<DossierStatus, DossierAction, DossierRole> transition, Actor actor, Instant at,
                           Optional<String> reason) {
        moveAlong(transition, actor, at, reason, Money.ZERO, Money.ZERO);
    }

    private void moveAlong(Transition<DossierStatus, DossierAction, DossierRole> transition, Actor actor, Instant at,
                           Optional<String> reason, Money committed, Money released) {
        DossierStatus from = status;
        status = transition.to();
        history.append(transition.action(), from, status, actor.id(), at, reason);
        events.raise(new DossierEvent.Transitioned(id, transition.action(), from, status, reason, committed, released,
                actor.id(), at));
    }
}
