package fr.passerelle.adapters.persistence.dossier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.passerelle.adapters.persistence.shared.KeysetCursor;
import fr.passerelle.adapters.persistence.shared.KeysetPages;
import fr.passerelle.adapters.persistence.shared.SqlValues;
import fr.passerelle.application.dossier.MessageThreads;
import fr.passerelle.application.dossier.PageRequest;
import fr.passerelle.application.dossier.ThreadMessage;
import fr.passerelle.application.shared.Page;
import fr.passerelle.domain.dossier.DocumentType;
import fr.passerelle.domain.dossier.DossierId;
import fr.passerelle.domain.dossier.DossierNumber;
import fr.passerelle.domain.dossier.MessageSide;
import fr.passerelle.domain.shared.DocumentId;
import fr.passerelle.domain.shared.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.hibernate.query.TypedParameterValue;
import org.hibernate.type.StandardBasicTypes;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Message threads in PostgreSQL ({@code dossier_message}, {@code dossier_message_attachment}, V11). A page reads its
 * messages, then their attachments in one query; unread counts of a page of dossiers are one grouped query on the
 * partial index of unread messages.
 */
@ApplicationScoped
class MessageThreadSqlStore implements MessageThreads {

    private static final String COLUMNS = "SELECT m.id, m.dossier_id, m.side, m.author_id, m.author_name, m.body, m.posted_at, "
            + "CAST(m.requested_documents AS text), m.read_at, m.read_by, m.read_by_name FROM dossier_message m ";

    private final EntityManager entityManager;
    private final ObjectMapper mapper;

    MessageThreadSqlStore(EntityManager entityManager, ObjectMapper mapper) {
        this.entityManager = entityManager;
        this.mapper = mapper;
    }

    /** What a request for documents asked, as {@code requested_documents} keeps it. */
    record RequestedDocumentsJson(List<String> types, LocalDate dueDate) {
    }

    @Override
    public void add(ThreadMessage message) {
        entityManager.createNativeQuery("""
                        INSERT INTO dossier_message (id, dossier_id, side, author_id, author_name, body, posted_at, requested_documents)
                        VALUES (:id, :dossier, :side, :author, :authorName, :body, :postedAt, CAST(:requested AS jsonb))
                        """)
                .setParameter("id", message.id())
                .setParameter("dossier", message.dossierId().value())
                .setParameter("side", message.side().name())
                .setParameter("author", message.author().value())
                .setParameter("authorName", message.authorName())
                .setParameter("body", message.text())
                .setParameter("postedAt", Timestamp.from(message.postedAt()))
                .setParameter("requested", new TypedParameterValue<>(StandardBasicTypes.STRING, message.documentRequest().map(this::json).orElse(null)))
                .executeUpdate();
        for (int position = 0; position < message.attachments().size(); position++) {
            ThreadMessage.Attachment attachment = message.attachments().get(position);
            entityManager.createNativeQuery("""
                            INSERT INTO dossier_message_attachment (message_id, position, document_id, file_name)
                            VALUES (:message, :position, :document, :fileName)
                            """)
                    .setParameter("message", message.id())
                    .setParameter("position", position)
                    .setParameter("document", attachment.id().value())
                    .setParameter("fileName", attachment.fileName())
                    .executeUpdate();
        }
    }

    @Override
    public Page<ThreadMessage> thread(DossierId dossier, PageRequest page) {
        Map<String, Object> parameters = new HashMap<>(Map.of("dossier", dossier.value()));
        String after = page.cursor().map(KeysetCursor::decode).map(cursor -> {
            parameters.put("cursorAt", Timestamp.from(cursor.at()));
            parameters.put("cursorId", cursor.id());
            return " AND (m.posted_at, m.id) > (:cursorAt, :cursorId)";
        }).orElse("");
        Query query = entityManager.createNativeQuery(COLUMNS + "WHERE m.dossier_id = :dossier" + after
                + " ORDER BY m.posted_at, m.id", Object[].class);
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.setMaxResults(page.limit() + 1).getResultList();
        Page<Object[]> shown = KeysetPages.of(rows, page.limit(),
                last -> new KeysetCursor(SqlValues.instant(last[6]), (UUID) last[0]).encode());
        return new Page<>(withAttachments(shown.items()), shown.nextCursor());
    }

    @Override
    public Optional<ThreadMessage> find(DossierId dossier, UUID message) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(COLUMNS + "WHERE m.dossier_id = :dossier AND m.id = :id", Object[].class)
                .setParameter("dossier", dossier.value())
                .setParameter("id", message)
                .getResultList();
        return withAttachments(rows).stream().findFirst();
    }

    @Override
    public void markRead(DossierId dossier, MessageSide writtenBy, ThreadMessage.ReadReceipt receipt) {
        entityManager.createNativeQuery("""
                        UPDATE dossier_message SET read_at = :at, read_by = :by, read_by_name = :byName
                        WHERE dossier_id = :dossier AND side = :side AND read_at IS NULL
                        """)
                .setParameter("at", Timestamp.from(receipt.at()))
                .setParameter("by", receipt.by().value())
                .setParameter("byName", receipt.byName())
                .setParameter("dossier", dossier.value())
                .setParameter("side", writtenBy.name())
                .executeUpdate();
    }

    @Override
    public Map<DossierNumber, Integer> unreadCounts(Collection<DossierNumber> dossiers, MessageSide writtenBy) {
        if (dossiers.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT d.number, count(*) FROM dossier d JOIN dossier_message m ON m.dossier_id = d.id
                        WHERE d.number IN (:numbers) AND m.side = :side AND m.read_at IS NULL
                        GROUP BY d.number
                        """, Object[].class)
                .setParameter("numbers", dossiers.stream().map(DossierNumber::value).toList())
                .setParameter("side", writtenBy.name())
                .getResultList();
        Map<DossierNumber, Integer> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.put(DossierNumber.of((String) row[0]), ((Number) row[1]).intValue());
        }
        return counts;
    }

    /** Waits on the primary key while a racing post with the same key is open: one claims it, the other reads its message. */
    @Override
    public Optional<UUID> claim(String subject, String key, UUID message) {
        int claimed = entityManager.createNativeQuery("""
                        INSERT INTO message_idempotency_key (subject, idempotency_key, message_id) VALUES (:subject, :key, :message)
                        ON CONFLICT (subject, idempotency_key) DO NOTHING
                        """)
                .setParameter("subject", subject)
                .setParameter("key", key)
                .setParameter("message", message)
                .executeUpdate();
        if (claimed == 1) {
            return Optional.empty();
        }
        return Optional.of((UUID) entityManager.createNativeQuery(
                        "SELECT message_id FROM message_idempotency_key WHERE subject = :subject AND idempotency_key = :key")
                .setParameter("subject", subject)
                .setParameter("key", key)
                .getSingleResult());
    }

    private List<ThreadMessage> withAttachments(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<ThreadMessage.Attachment>> attachments = new LinkedHashMap<>();
        rows.forEach(row -> attachments.put((UUID) row[0], new ArrayList<>()));
        @SuppressWarnings("unchecked")
        List<Object[]> files = entityManager.createNativeQuery("""
                        SELECT a.message_id, a.document_id, a.file_name, d.content_type, d.size
                        FROM dossier_message_attachment a JOIN document d ON d.id = a.document_id
                        WHERE a.message_id IN (:messages) ORDER BY a.message_id, a.position
                        """, Object[].class)
                .setParameter("messages", attachments.keySet())
                .getResultList();
        for (Object[] file : files) {
            attachments.get((UUID) file[0]).add(new ThreadMessage.Attachment(new DocumentId((UUID) file[1]), (String) file[2],
                    (String) file[3], ((Number) file[4]).longValue()));
        }
        return rows.stream().map(row -> message(row, attachments.get((UUID) row[0]))).toList();
    }

    private ThreadMessage message(Object[] row, List<ThreadMessage.Attachment> attachments) {
        Optional<ThreadMessage.ReadReceipt> receipt = row[8] == null ? Optional.empty()
                : Optional.of(new ThreadMessage.ReadReceipt(new UserId((UUID) row[9]), (String) row[10], SqlValues.instant(row[8])));
        return new ThreadMessage((UUID) row[0], new DossierId((UUID) row[1]), MessageSide.valueOf((String) row[2]),
                new UserId((UUID) row[3]), (String) row[4], (String) row[5], SqlValues.instant(row[6]), attachments,
                Optional.ofNullable((String) row[7]).map(this::requested), receipt);
    }

    private String json(ThreadMessage.RequestedDocuments requested) {
        try {
            return mapper.writeValueAsString(new RequestedDocumentsJson(
                    requested.types().stream().map(DocumentType::name).sorted().toList(), requested.dueDate()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ThreadMessage.RequestedDocuments requested(String json) {
        try {
            RequestedDocumentsJson read = mapper.readValue(json, RequestedDocumentsJson.class);
            return new ThreadMessage.RequestedDocuments(
                    read.types().stream().map(DocumentType::valueOf).collect(java.util.stream.Collectors.toSet()), read.dueDate());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable requested_documents: " + json, e);
        }
    }
}
