package fr.passerelle.application.dossier;

import fr.passerelle.domain.dossier.DocumentType;
import fr.passerelle.domain.dossier.DossierId;
import fr.passerelle.domain.dossier.MessageSide;
import fr.passerelle.domain.shared.DocumentId;
import fr.passerelle.domain.shared.UserId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One message of a dossier's thread. The author's name is kept as it was when they wrote, like the reader's on the
 * receipt: a thread reads the same after an account is renamed or closed.
 *
 * @param documentRequest the documents staff asked for with this message, when it came with a request for documents
 * @param readReceipt     when, and by whom, the other side first read it
 */
public record ThreadMessage(UUID id, DossierId dossierId, MessageSide side, UserId author, String authorName, String text,
                            Instant postedAt, List<Attachment> attachments, Optional<RequestedDocuments> documentRequest,
                            Optional<ReadReceipt> readReceipt) {

    public ThreadMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dossierId, "dossierId");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(authorName, "authorName");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(postedAt, "postedAt");
        attachments = List.copyOf(attachments);
        Objects.requireNonNull(documentRequest, "documentRequest");
        Objects.requireNonNull(readReceipt, "readReceipt");
    }

    /** A file sent with the message, stored like the dossier's documents and owned by the dossier. */
    public record Attachment(DocumentId id, String fileName, String contentType, long size) {

        public Attachment {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(contentType, "contentType");
        }
    }

    /** The documents a request for documents named, and by when. */
    public record RequestedDocuments(Set<DocumentType> types, LocalDate dueDate) {

        public RequestedDocuments {
            types = Set.copyOf(types);
            Objects.requireNonNull(dueDate, "dueDate");
        }
    }

    public record ReadReceipt(UserId by, String byName, Instant at) {

        public ReadReceipt {
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(byName, "byName");
            Objects.requireNonNull(at, "at");
        }
    }
}
