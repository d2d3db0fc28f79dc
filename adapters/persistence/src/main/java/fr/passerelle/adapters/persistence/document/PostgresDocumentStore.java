package fr.passerelle.adapters.persistence.document;

import fr.passerelle.application.document.DocumentFile;
import fr.passerelle.application.document.DocumentOwner;
import fr.passerelle.application.document.DocumentStore;
import fr.passerelle.domain.shared.DocumentId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Stored files in PostgreSQL ({@code document.content}, bytea), on the connection of the current transaction; the
 * owner is the row's {@code dossier_id} or {@code establishment_id}, whichever its kind names. Content goes in with {@code setBinaryStream}; it comes out through a temporary file, so that the
 * stream outlives the transaction without being held in memory, and the file is deleted when the stream is closed.
 */
@ApplicationScoped
class PostgresDocumentStore implements DocumentStore {

    private final EntityManager entityManager;

    PostgresDocumentStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void store(DocumentOwner owner, DocumentFile file, InputStream content) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO document (id, " + ownerColumn(owner)
                    + ", content_type, size, sha256, content) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setObject(1, file.id().value());
                insert.setObject(2, owner.id());
                insert.setString(3, file.contentType());
                insert.setLong(4, file.size());
                insert.setString(5, file.sha256());
                insert.setBinaryStream(6, content, file.size());
                insert.executeUpdate();
            }
        });
    }

    @Override
    public Map<DocumentId, DocumentFile> filesOf(DocumentOwner owner) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                        "SELECT id, content_type, size, sha256 FROM document WHERE " + ownerColumn(owner) + " = :owner")
                .setParameter("owner", owner.id())
                .getResultList();
        Map<DocumentId, DocumentFile> files = new HashMap<>();
        for (Object[] row : rows) {
            DocumentId id = new DocumentId((UUID) row[0]);
            files.put(id, new DocumentFile(id, (String) row[1], ((Number) row[2]).longValue(), row[3].toString()));
        }
        return files;
    }

    @Override
    public Optional<InputStream> open(DocumentOwner owner, DocumentId document) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT content FROM document WHERE " + ownerColumn(owner) + " = ? AND id = ?")) {
                select.setObject(1, owner.id());
                select.setObject(2, document.value());
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    try (InputStream content = row.getBinaryStream(1)) {
                        return Optional.of(spooled(content));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String ownerColumn(DocumentOwner owner) {
        return switch (owner.kind()) {
            case DOSSIER -> "dossier_id";
            case ESTABLISHMENT -> "establishment_id";
        };
    }

    private static InputStream spooled(InputStream content) throws IOException {
        Path file = Files.createTempFile("passerelle-document-", ".bin");
        try {
            Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
            return new TemporaryFileStream(file);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /** Reads a temporary file and deletes it once closed. */
    private static final class TemporaryFileStream extends FilterInputStream {

        private final Path file;

        TemporaryFileStream(Path file) throws IOException {
            super(Files.newInputStream(file));
            this.file = file;
        }

        @Override
        public void close() throws IOException {
            try {
                super.close();
            } finally {
                Files.deleteIfExists(file);
            }
        }
    }
}
