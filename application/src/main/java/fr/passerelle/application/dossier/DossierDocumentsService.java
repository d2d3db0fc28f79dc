package fr.passerelle.application.dossier;

import fr.passerelle.application.document.UploadedFile;
import fr.passerelle.application.document.ContentTypes;
import fr.passerelle.application.document.DocumentDownload;
import fr.passerelle.application.document.DocumentFile;
import fr.passerelle.application.document.DocumentIntake;
import fr.passerelle.application.document.DocumentOwner;
import fr.passerelle.application.document.DocumentStore;
import fr.passerelle.application.identity.AccountDirectory;
import fr.passerelle.application.identity.Caller;
import fr.passerelle.application.shared.Clock;
import fr.passerelle.application.shared.ResourceNotFoundException;
import fr.passerelle.domain.account.Actor;
import fr.passerelle.domain.dossier.DossierDocument;
import fr.passerelle.domain.shared.DocumentId;

import java.io.InputStream;
import java.util.Objects;
import java.util.UUID;

/**
 * Documents of a dossier. Who may attach one is the domain's transition table (the employer managing the
 * establishment, staff); whoever may see the dossier may download its documents. Files enter the store through the
 * {@link DocumentIntake}, in the same transaction as the dossier's change.
 */
public final class DossierDocumentsService implements DossierDocuments {

    static final String UNSUPPORTED_TYPE = "Ce fichier n’est pas d’un format accepté : joignez un PDF, une image PNG ou JPEG, "
            + "un document Word (DOCX), OpenDocument (ODT), un tableur Excel (XLSX) ou un fichier CSV.";
    static final String DOCUMENT_NOT_FOUND = "Cette pièce n’existe pas ou ne vous est pas accessible.";

    private final DossierAccess access;
    private final DocumentStore store;
    private final DocumentIntake intake;

    public DossierDocumentsService(Dossiers dossiers, DocumentStore store, ContentTypes contentTypes, long maxSize,
                                   AccountDirectory accounts, Clock clock) {
        this.access = new DossierAccess(dossiers, accounts, clock, store);
        this.store = Objects.requireNonNull(store);
        this.intake = new DocumentIntake(store, contentTypes, maxSize);
    }

    @Override
    public DossierView attach(Caller caller, Attach command) {
        Actor actor = access.requireActor(caller);
        access.visible(actor, command.dossier().number());
        UploadedFile upload = command.file();
        intake.requireWithinLimit(upload);
        DocumentId id = new DocumentId(UUID.randomUUID());
        StoredDossier changed = access.change(actor, command.dossier(), (dossier, who, at) -> {
            dossier.attachDocument(who, at, id, command.type(), upload.fileName(), command.replaces());
            intake.store(DocumentOwner.of(dossier.id()), id, upload, ContentTypes.DOCUMENTS, UNSUPPORTED_TYPE);
        });
        return access.view(actor, changed);
    }

    @Override
    public DocumentDownload download(Caller caller, String number, DocumentId document) {
        Actor actor = access.requireActor(caller);
        StoredDossier dossier = access.visible(actor, number);
        DossierDocument attached = dossier.snapshot().documents().stream()
                .filter(candidate -> candidate.id().equals(document))
                .findFirst()
                .orElseThrow(() -> new ResourceNotFoundException(DOCUMENT_NOT_FOUND));
        DocumentFile file = store.filesOf(DocumentOwner.of(dossier.snapshot().id())).get(document);
        InputStream content = store.open(DocumentOwner.of(dossier.snapshot().id()), document).orElse(null);
        if (file == null || content == null) {
            throw new ResourceNotFoundException(DOCUMENT_NOT_FOUND);
        }
        return new DocumentDownload(attached.fileName(), file, content);
    }
}
