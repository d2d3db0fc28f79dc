package fr.passerelle.application.dossier;

import fr.passerelle.application.document.ContentTypes;
import fr.passerelle.application.document.DocumentDownload;
import fr.passerelle.application.document.DocumentFile;
import fr.passerelle.application.document.DocumentIntake;
import fr.passerelle.application.document.DocumentOwner;
import fr.passerelle.application.document.DocumentStore;
import fr.passerelle.application.document.UploadedFile;
import fr.passerelle.application.identity.AccountDirectory;
import fr.passerelle.application.identity.Caller;
import fr.passerelle.application.shared.Clock;
import fr.passerelle.application.shared.ResourceNotFoundException;
import fr.passerelle.domain.account.Actor;
import fr.passerelle.domain.account.ActorKind;
import fr.passerelle.domain.dossier.Dossier;
import fr.passerelle.domain.dossier.DossierId;
import fr.passerelle.domain.dossier.MessageSide;
import fr.passerelle.domain.dossier.MessageText;
import fr.passerelle.domain.shared.DocumentId;
import fr.passerelle.domain.shared.DomainException;
import fr.passerelle.domain.shared.Text;

import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The message thread of a dossier. Tenancy is the dossiers' ({@link DossierAccess}): whoever does not see the dossier
 * is told it does not exist. Attachments go through the {@link DocumentIntake} like the dossier's documents and are
 * owned by the dossier, in the same transaction as the message.
 */
public final class DossierThreadService implements DossierThread {

    /** Enough for a reply with its documents; a bigger batch belongs in the dossier's documents. */
    static final int MAX_ATTACHMENTS = 5;
    static final String ATTACHMENT_NOT_FOUND = "Cette pièce jointe n’existe pas ou ne vous est pas accessible.";

    private final DossierAccess access;
    private final MessageThreads threads;
    private final DocumentStore store;
    private final DocumentIntake intake;
    private final MessageAlerts alerts;

    public DossierThreadService(Dossiers dossiers, MessageThreads threads, DocumentStore store, ContentTypes contentTypes,
                                long maxSize, AccountDirectory accounts, Clock clock, MessageAlerts alerts) {
        this.access = new DossierAccess(dossiers, accounts, clock, store);
        this.threads = Objects.requireNonNull(threads);
        this.store = Objects.requireNonNull(store);
        this.intake = new DocumentIntake(store, contentTypes, maxSize);
        this.alerts = Objects.requireNonNull(alerts);
    }

    /** The side of the thread an actor reads from: staff the OPCO's, everyone else who sees a dossier the company's. */
    static MessageSide readingSideOf(Actor actor) {
        return actor.is(ActorKind.STAFF) ? MessageSide.OPCO : MessageSide.COMPANY;
    }

    @Override
    public ThreadPage read(Caller caller, String number, PageRequest page) {
        Actor actor = access.requireActor(caller);
        StoredDossier stored = access.visible(actor, number);
        boolean canWrite = Dossier.restore(stored.snapshot()).mayWriteMessage(actor);
        return new ThreadPage(threads.thread(stored.snapshot().id(), page), canWrite);
    }

    @Override
    public ThreadMessage post(Caller caller, NewMessage command) {
        Actor actor = access.requireActor(caller);
        StoredDossier stored = access.visible(actor, command.number());
        DossierId dossierId = stored.snapshot().id();
        MessageSide side = Dossier.restore(stored.snapshot()).requireMayWriteMessage(actor);
        String text = new MessageText(command.text()).value();
        if (command.files().size() > MAX_ATTACHMENTS) {
            throw new DomainException("TOO_MANY_ATTACHMENTS", "Un message emporte au plus " + MAX_ATTACHMENTS
                    + " pièces jointes : déposez les autres dans les pièces du dossier.");
        }
        command.files().forEach(intake::requireWithinLimit);
        UUID id = UUID.randomUUID();
        Optional<ThreadMessage> earlier = command.idempotencyKey()
                .flatMap(key -> threads.claim(caller.subject(), key, id))
                .flatMap(earlierId -> threads.find(dossierId, earlierId));
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Instant at = access.now();
        List<ThreadMessage.Attachment> attachments = new ArrayList<>();
        for (UploadedFile upload : command.files()) {
            String fileName = Text.requireNonBlank(upload.fileName(), "FILE_NAME_REQUIRED", "Le nom du fichier est obligatoire.");
            DocumentFile file = intake.store(DocumentOwner.of(dossierId), new DocumentId(UUID.randomUUID()), upload,
                    ContentTypes.DOCUMENTS, DossierDocumentsService.UNSUPPORTED_TYPE);
            attachments.add(new ThreadMessage.Attachment(file.id(), fileName, file.contentType(), file.size()));
        }
        ThreadMessage message = new ThreadMessage(id, dossierId, side, actor.id(), caller.displayName(), text, at,
                attachments, Optional.empty(), Optional.empty());
        threads.add(message);
        threads.markRead(dossierId, side.other(), new ThreadMessage.ReadReceipt(actor.id(), caller.displayName(), at));
        alerts.posted(stored.snapshot(), message);
        return message;
    }

    @Override
    public void markRead(Caller caller, String number) {
        Actor actor = access.requireActor(caller);
        StoredDossier stored = access.visible(actor, number);
        threads.markRead(stored.snapshot().id(), readingSideOf(actor).other(),
                new ThreadMessage.ReadReceipt(actor.id(), caller.displayName(), access.now()));
    }

    @Override
    public DocumentDownload attachment(Caller caller, String number, UUID messageId, DocumentId attachmentId) {
        Actor actor = access.requireActor(caller);
        DossierId dossierId = access.visible(actor, number).snapshot().id();
        ThreadMessage.Attachment attachment = threads.find(dossierId, messageId).stream()
                .flatMap(message -> message.attachments().stream())
                .filter(candidate -> candidate.id().equals(attachmentId))
                .findFirst()
                .orElseThrow(() -> new ResourceNotFoundException(ATTACHMENT_NOT_FOUND));
        DocumentOwner owner = DocumentOwner.of(dossierId);
        DocumentFile file = store.filesOf(owner).get(attachmentId);
        InputStream content = store.open(owner, attachmentId).orElse(null);
        if (file == null || content == null) {
            throw new ResourceNotFoundException(ATTACHMENT_NOT_FOUND);
        }
        return new DocumentDownload(attachment.fileName(), file, content);
    }
}
