package fr.passerelle.application.dossier;

import fr.passerelle.application.document.DocumentDownload;
import fr.passerelle.application.document.UploadedFile;
import fr.passerelle.application.identity.Caller;
import fr.passerelle.application.shared.Page;
import fr.passerelle.domain.shared.DocumentId;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Inbound port: the messages between a company and the OPCO about one dossier. Whoever sees the dossier reads its
 * thread; who may write is the domain's rule ({@link fr.passerelle.domain.dossier.Dossier#requireMayWriteMessage}).
 */
public interface DossierThread {

    ThreadPage read(Caller caller, String number, PageRequest page);

    /**
     * Posts a message, with its attachments checked as the dossier's documents are; it also marks the other side's
     * messages read, since the author answers them.
     *
     * @throws fr.passerelle.application.shared.FileTooLargeException beyond the configured size
     * @throws fr.passerelle.application.shared.UnsupportedFileTypeException when a file is of no accepted type
     */
    ThreadMessage post(Caller caller, NewMessage message);

    /** Marks read, now and by the caller, every message the other side wrote and the caller's side had not read. */
    void markRead(Caller caller, String number);

    DocumentDownload attachment(Caller caller, String number, UUID message, DocumentId attachment);

    /** @param canWrite whether the caller may post in this thread now */
    record ThreadPage(Page<ThreadMessage> messages, boolean canWrite) {

        public ThreadPage {
            Objects.requireNonNull(messages, "messages");
        }
    }

    /** @param idempotencyKey a replay of the same key by the same caller returns the message the first call posted */
    record NewMessage(String number, String text, List<UploadedFile> files, Optional<String> idempotencyKey) {

        public NewMessage {
            Objects.requireNonNull(number, "number");
            files = List.copyOf(files);
            Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        }
    }
}
