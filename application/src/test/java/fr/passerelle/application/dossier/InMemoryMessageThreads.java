package fr.passerelle.application.dossier;

import fr.passerelle.application.shared.MalformedInputException;
import fr.passerelle.application.shared.Page;
import fr.passerelle.domain.dossier.DossierId;
import fr.passerelle.domain.dossier.DossierNumber;
import fr.passerelle.domain.dossier.MessageSide;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Threads in posting order; a page's cursor is the id of its last message. */
final class InMemoryMessageThreads implements MessageThreads {

    final List<ThreadMessage> messages = new ArrayList<>();
    private final Map<String, UUID> idempotencyKeys = new HashMap<>();
    private final InMemoryDossiers dossiers;

    InMemoryMessageThreads(InMemoryDossiers dossiers) {
        this.dossiers = dossiers;
    }

    @Override
    public void add(ThreadMessage message) {
        messages.add(message);
    }

    @Override
    public Page<ThreadMessage> thread(DossierId dossier, PageRequest page) {
        List<ThreadMessage> thread = messages.stream().filter(message -> message.dossierId().equals(dossier)).toList();
        int start = page.cursor().map(cursor -> indexAfter(thread, cursor)).orElse(0);
        List<ThreadMessage> shown = thread.subList(start, Math.min(thread.size(), start + page.limit()));
        boolean more = start + page.limit() < thread.size();
        return new Page<>(shown, more ? Optional.of(shown.get(shown.size() - 1).id().toString()) : Optional.empty());
    }

    private static int indexAfter(List<ThreadMessage> thread, String cursor) {
        for (int i = 0; i < thread.size(); i++) {
            if (thread.get(i).id().toString().equals(cursor)) {
                return i + 1;
            }
        }
        throw new MalformedInputException("Curseur inconnu");
    }

    @Override
    public Optional<ThreadMessage> find(DossierId dossier, UUID message) {
        return messages.stream().filter(candidate -> candidate.dossierId().equals(dossier) && candidate.id().equals(message)).findFirst();
    }

    @Override
    public void markRead(DossierId dossier, MessageSide writtenBy, ThreadMessage.ReadReceipt receipt) {
        messages.replaceAll(message -> message.dossierId().equals(dossier) && message.side() == writtenBy && message.readReceipt().isEmpty()
                ? new ThreadMessage(message.id(), message.dossierId(), message.side(), message.author(), message.authorName(),
                message.text(), message.postedAt(), message.attachments(), message.documentRequest(), Optional.of(receipt))
                : message);
    }

    @Override
    public Map<DossierNumber, Integer> unreadCounts(Collection<DossierNumber> numbers, MessageSide writtenBy) {
        Map<DossierNumber, Integer> counts = new HashMap<>();
        for (DossierNumber number : numbers) {
            DossierId id = dossiers.find(number).orElseThrow().snapshot().id();
            int unread = (int) messages.stream()
                    .filter(message -> message.dossierId().equals(id) && message.side() == writtenBy && message.readReceipt().isEmpty())
                    .count();
            if (unread > 0) {
                counts.put(number, unread);
            }
        }
        return counts;
    }

    @Override
    public Optional<UUID> claim(String subject, String key, UUID message) {
        return Optional.ofNullable(idempotencyKeys.putIfAbsent(subject + "/" + key, message));
    }
}
