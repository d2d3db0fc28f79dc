package fr.passerelle.application.dossier;

import fr.passerelle.application.shared.MalformedInputException;
import fr.passerelle.application.shared.Page;
import fr.passerelle.domain.dossier.DossierId;
import fr.passerelle.domain.dossier.DossierNumber;
import fr.passerelle.domain.dossier.MessageSide;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Outbound port: the message threads of dossiers, with their read receipts. */
public interface MessageThreads {

    /** Stores a new message; its attachments' files are already in the document store. */
    void add(ThreadMessage message);

    /**
     * A dossier's messages, the oldest first.
     *
     * @throws MalformedInputException when the cursor was not given by this store
     */
    Page<ThreadMessage> thread(DossierId dossier, PageRequest page);

    Optional<ThreadMessage> find(DossierId dossier, UUID message);

    /** Marks read, by this reader, every message of the dossier written by {@code writtenBy} and not read yet. */
    void markRead(DossierId dossier, MessageSide writtenBy, ThreadMessage.ReadReceipt receipt);

    /** How many messages written by {@code writtenBy} are still unread, per dossier; a dossier with none is left out. */
    Map<DossierNumber, Integer> unreadCounts(Collection<DossierNumber> dossiers, MessageSide writtenBy);

    /**
     * Claims the caller's idempotency key for this new message; if an earlier post claimed it already, that message's
     * id comes back instead and nothing is claimed.
     */
    Optional<UUID> claim(String subject, String key, UUID message);
}
