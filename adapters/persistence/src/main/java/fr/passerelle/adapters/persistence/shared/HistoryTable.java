package fr.passerelle.adapters.persistence.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.passerelle.domain.shared.HistoryEntry;
import fr.passerelle.domain.shared.UserId;
import jakarta.persistence.EntityManager;

import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The history of an aggregate in a table of its own, one row per entry numbered from 0: (owner, seq, action,
 * from_status, to_status, by_user, at, reason). History only grows, so storing appends what the table lacks.
 */
public final class HistoryTable<S extends Enum<S>, A extends Enum<A>> {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String table;
    private final String ownerColumn;
    private final Class<S> statuses;
    private final Class<A> actions;

    public HistoryTable(String table, String ownerColumn, Class<S> statuses, Class<A> actions) {
        this.table = table;
        this.ownerColumn = ownerColumn;
        this.statuses = statuses;
        this.actions = actions;
    }

    public int size(EntityManager entityManager, UUID owner) {
        Number count = (Number) entityManager.createNativeQuery("SELECT count(*) FROM " + table + " WHERE " + ownerColumn + " = :owner")
                .setParameter("owner", owner)
                .getSingleResult();
        return count.intValue();
    }

    /** Appends the entries from {@code alreadyStored} on. */
    public void append(EntityManager entityManager, UUID owner, List<HistoryEntry<S, A>> entries, int alreadyStored) {
        for (int seq = alreadyStored; seq < entries.size(); seq++) {
            HistoryEntry<S, A> entry = entries.get(seq);
            entityManager.createNativeQuery("INSERT INTO " + table + " (" + ownerColumn + ", seq, action, from_status, to_status, by_user, at, reason)"
                            + " VALUES (:owner, :seq, :action, :from, :to, :by, :at, :reason)")
                    .setParameter("owner", owner)
                    .setParameter("seq", seq)
                    .setParameter("action", entry.action().name())
                    .setParameter("from", entry.from().name())
                    .setParameter("to", entry.to().name())
                    .setParameter("by", entry.by().value())
                    .setParameter("at", Timestamp.from(entry.at()))
                    .setParameter("reason", entry.reason().orElse(null))
                    .executeUpdate();
        }
    }

    public List<HistoryEntry<S, A>> read(EntityManager entityManager, UUID owner) {
        List<Object[]> rows = entityManager.createNativeQuery("SELECT action, from_status, to_status, by_user, at, reason FROM " + table
                        + " WHERE " + ownerColumn + " = :owner ORDER BY seq", Object[].class)
                .setParameter("owner", owner)
                .getResultList();
        return rows.stream()
                .map(row -> new HistoryEntry<>(Enum.valueOf(actions, (String) row[0]), Enum.valueOf(statuses, (String) row[1]),
                        Enum.valueOf(statuses, (String) row[2]), new UserId((UUID) row[3]), SqlValues.instant(row[4]),
                        Optional.ofNullable((String) row[5])))
                .toList();
    }

    /**
     * A column giving the history of the owner whose id is {@code ownerId} (an SQL expression of the outer query) as
     * one JSON array, oldest first, read back by {@link #fromJsonColumn}. The aggregate and its history are then read
     * by one statement, from one snapshot of the database, with or without a transaction around it.
     */
    public String jsonColumn(String ownerId) {
        return "(SELECT json_agg(json_build_array(action, from_status, to_status, by_user, at, reason) ORDER BY seq)::text FROM "
                + table + " WHERE " + ownerColumn + " = " + ownerId + ")";
    }

    public List<HistoryEntry<S, A>> fromJsonColumn(Object value) {
        if (value == null) {
            return List.of();
        }
        List<HistoryEntry<S, A>> entries = new ArrayList<>();
        for (JsonNode entry : parse((String) value)) {
            entries.add(new HistoryEntry<>(Enum.valueOf(actions, entry.get(0).asText()), Enum.valueOf(statuses, entry.get(1).asText()),
                    Enum.valueOf(statuses, entry.get(2).asText()), new UserId(UUID.fromString(entry.get(3).asText())),
                    OffsetDateTime.parse(entry.get(4).asText()).toInstant(),
                    Optional.ofNullable(entry.get(5)).filter(reason -> !reason.isNull()).map(JsonNode::asText)));
        }
        return entries;
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
