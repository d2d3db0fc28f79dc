package fr.passerelle.adapters.rest.dossier;

import fr.passerelle.application.dossier.ThreadMessage;
import fr.passerelle.domain.dossier.DocumentType;
import fr.passerelle.domain.dossier.MessageSide;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One message of a dossier's thread; its attachments download from {@code …/messages/{id}/attachments/{attachmentId}}. */
record MessageResponse(UUID id, MessageSide side, String authorName, String text, Instant postedAt,
                       List<AttachmentResponse> attachments, RequestedDocuments documentRequest, Instant readAt,
                       String readByName) {

    record AttachmentResponse(UUID id, String fileName, String contentType, long size) {
    }

    record RequestedDocuments(List<DocumentType> types, LocalDate dueDate) {
    }

    static MessageResponse from(ThreadMessage message) {
        return new MessageResponse(message.id(), message.side(), message.authorName(), message.text(), message.postedAt(),
                message.attachments().stream()
                        .map(attachment -> new AttachmentResponse(attachment.id().value(), attachment.fileName(),
                                attachment.contentType(), attachment.size()))
                        .toList(),
                message.documentRequest()
                        .map(request -> new RequestedDocuments(request.types().stream().sorted().toList(), request.dueDate()))
                        .orElse(null),
                message.readReceipt().map(ThreadMessage.ReadReceipt::at).orElse(null),
                message.readReceipt().map(ThreadMessage.ReadReceipt::byName).orElse(null));
    }
}
