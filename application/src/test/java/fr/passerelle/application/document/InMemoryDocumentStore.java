package fr.passerelle.application.document;

import fr.passerelle.domain.shared.DocumentId;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Keeps the bytes in memory, by owner then document. */
public final class InMemoryDocumentStore implements DocumentStore {

    public final Map<DocumentId, byte[]> contents = new HashMap<>();
    private final Map<DocumentOwner, Map<DocumentId, DocumentFile>> files = new HashMap<>();

    @Override
    public void store(DocumentOwner owner, DocumentFile file, InputStream content) {
        try {
            contents.put(file.id(), content.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.computeIfAbsent(owner, key -> new HashMap<>()).put(file.id(), file);
    }

    @Override
    public Map<DocumentId, DocumentFile> filesOf(DocumentOwner owner) {
        return Map.copyOf(files.getOrDefault(owner, Map.of()));
    }

    @Override
    public Optional<InputStream> open(DocumentOwner owner, DocumentId document) {
        return Optional.ofNullable(files.getOrDefault(owner, Map.of()).get(document))
                .map(file -> new ByteArrayInputStream(contents.get(file.id())));
    }
}
