package fr.passerelle.application.dossier;

import fr.passerelle.domain.dossier.DossierId;
import fr.passerelle.domain.shared.DocumentId;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Keeps the bytes in memory, by dossier then document. */
final class InMemoryDocumentStore implements DocumentStore {

    final Map<DocumentId, byte[]> contents = new HashMap<>();
    private final Map<DossierId, Map<DocumentId, DocumentFile>> files = new HashMap<>();

    @Override
    public void store(DossierId dossier, DocumentFile file, InputStream content) {
        try {
            contents.put(file.id(), content.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.computeIfAbsent(dossier, key -> new HashMap<>()).put(file.id(), file);
    }

    @Override
    public Map<DocumentId, DocumentFile> filesOf(DossierId dossier) {
        return Map.copyOf(files.getOrDefault(dossier, Map.of()));
    }

    @Override
    public Optional<InputStream> open(DossierId dossier, DocumentId document) {
        return Optional.ofNullable(files.getOrDefault(dossier, Map.of()).get(document))
                .map(file -> new ByteArrayInputStream(contents.get(file.id())));
    }
}
