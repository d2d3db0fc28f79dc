package fr.passerelle.application.dossier;

import fr.passerelle.application.identity.AccountDirectory;
import fr.passerelle.application.identity.Caller;
import fr.passerelle.application.shared.Clock;
import fr.passerelle.application.shared.FileTooLargeException;
import fr.passerelle.application.shared.ResourceNotFoundException;
import fr.passerelle.application.shared.UnsupportedFileTypeException;
import fr.passerelle.domain.account.Actor;
import fr.passerelle.domain.dossier.DossierDocument;
import fr.passerelle.domain.shared.DocumentId;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Documents of a dossier. Who may attach one is the domain's transition table (the employer managing the
 * establishment, staff); whoever may see the dossier may download its documents. The file is read as a stream,
 * once for its checksum and size, once for its type, once into the store: it is never held whole in memory.
 */
public final class DossierDocumentsService implements DossierDocuments {

    static final String DOCUMENT_NOT_FOUND = "Cette pièce n’existe pas ou ne vous est pas accessible.";

    private final DossierAccess access;
    private final DocumentStore store;
    private final ContentTypes contentTypes;
    private final long maxSize;

    public DossierDocumentsService(Dossiers dossiers, DocumentStore store, ContentTypes contentTypes, long maxSize,
                                   AccountDirectory accounts, Clock clock) {
        if (maxSize <= 0) {
            throw new IllegalArgumentException("The maximum size of a document must be positive");
        }
        this.access = new DossierAccess(dossiers, accounts, clock, store);
        this.store = Objects.requireNonNull(store);
        this.contentTypes = Objects.requireNonNull(contentTypes);
        this.maxSize = maxSize;
    }

    @Override
    public DossierView attach(Caller caller, Attach command) {
        Actor actor = access.requireActor(caller);
        access.visible(actor, command.dossier().number());
        UploadedFile upload = command.file();
        if (upload.size() > maxSize) {
            throw FileTooLargeException.over(maxSize);
        }
        DocumentId id = new DocumentId(UUID.randomUUID());
        DocumentFile[] stored = new DocumentFile[1];
        StoredDossier changed = access.change(actor, command.dossier(), (dossier, who, at) -> {
            dossier.attachDocument(who, at, id, command.type(), upload.fileName(), command.replaces());
            String contentType = contentTypes.acceptedTypeOf(upload).orElseThrow(() -> new UnsupportedFileTypeException(
                    "Ce fichier n’est pas d’un format accepté : joignez un PDF, une image PNG ou JPEG, un document "
                            + "Word (DOCX), OpenDocument (ODT), un tableur Excel (XLSX) ou un fichier CSV."));
            stored[0] = checksummed(id, contentType, upload);
            try (InputStream content = upload.open()) {
                store.store(dossier.id(), stored[0], content);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
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
        DocumentFile file = store.filesOf(dossier.snapshot().id()).get(document);
        InputStream content = store.open(dossier.snapshot().id(), document).orElse(null);
        if (file == null || content == null) {
            throw new ResourceNotFoundException(DOCUMENT_NOT_FOUND);
        }
        return new DocumentDownload(attached.fileName(), file, content);
    }

    private DocumentFile checksummed(DocumentId id, String contentType, UploadedFile upload) {
        MessageDigest sha256 = sha256();
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream content = new DigestInputStream(upload.open(), sha256)) {
            for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
                size += read;
                if (size > maxSize) {
                    throw FileTooLargeException.over(maxSize);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DocumentFile(id, contentType, size, HexFormat.of().formatHex(sha256.digest()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform implements SHA-256", e);
        }
    }
}
