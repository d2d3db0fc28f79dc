package fr.passerelle.application.dossier;

import fr.passerelle.application.document.InMemoryDocumentStore;
import fr.passerelle.application.document.BytesUpload;
import fr.passerelle.application.document.ContentTypes;
import fr.passerelle.application.document.DocumentDownload;
import fr.passerelle.application.document.DocumentFile;
import fr.passerelle.application.dossier.DossierCommands.CreateDraft;
import fr.passerelle.application.dossier.DossierCommands.SaveDraft;
import fr.passerelle.application.dossier.DossierDocuments.Attach;
import fr.passerelle.application.shared.FileTooLargeException;
import fr.passerelle.application.shared.ResourceNotFoundException;
import fr.passerelle.application.shared.UnsupportedFileTypeException;
import fr.passerelle.application.shared.VersionMismatchException;
import fr.passerelle.domain.dossier.DocumentType;
import fr.passerelle.domain.dossier.DossierDocument;
import fr.passerelle.domain.dossier.FundingScheme;
import fr.passerelle.domain.shared.DocumentId;
import fr.passerelle.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DossierDocumentsServiceTest {

    private static final byte[] PDF = "%PDF-1.4 un programme".getBytes(StandardCharsets.US_ASCII);

    private final DossierWorld world = new DossierWorld();
    private final InMemoryDocumentStore store = world.documentStore;
    private final ContentTypes pdfOnly = file -> {
        try (InputStream content = file.open()) {
            return new String(content.readNBytes(5), StandardCharsets.US_ASCII).equals("%PDF-") ? Optional.of("application/pdf") : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    };
    private final DossierDocuments documents = new DossierDocumentsService(world.dossiers, store, pdfOnly, 64,
            world.accountDirectory, world::tick);

    @Test
    void an_attached_file_is_stored_with_its_type_size_and_checksum_and_read_back() throws Exception {
        DossierView draft = draft();

        DossierView attached = documents.attach(world.manager, attach(draft, DocumentType.PROGRAMME, "programme.pdf", PDF, Optional.empty()));

        DossierDocument document = attached.dossier().documents().get(0);
        DocumentFile file = new DocumentFile(document.id(), "application/pdf", PDF.length, sha256(PDF));
        assertThat(attached.version()).isEqualTo(draft.version() + 1);
        assertThat(attached.files()).containsExactly(Map.entry(document.id(), file));
        DocumentDownload download = documents.download(world.manager, number(draft), document.id());
        assertThat(download.fileName()).isEqualTo("programme.pdf");
        assertThat(download.file()).isEqualTo(file);
        assertThat(download.content().readAllBytes()).isEqualTo(PDF);
    }

    @Test
    void a_new_version_supersedes_the_old_one_and_both_stay() {
        DossierView submitted = submitted();
        DossierView first = documents.attach(world.manager, attach(submitted, DocumentType.QUOTE, "devis.pdf", PDF, Optional.empty()));
        DocumentId firstId = first.dossier().documents().get(0).id();

        DossierView second = documents.attach(world.staff, attach(first, DocumentType.QUOTE, "devis-v2.pdf", PDF, Optional.of(firstId)));

        assertThat(second.dossier().documents()).extracting(DossierDocument::version, DossierDocument::superseded)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, true), org.assertj.core.groups.Tuple.tuple(2, false));
        assertThat(second.files()).hasSize(2);
        assertThat(documents.download(world.viewer, number(submitted), firstId).fileName()).isEqualTo("devis.pdf");
    }

    @Test
    void a_file_over_the_limit_or_of_another_type_changes_nothing() {
        DossierView draft = draft();

        assertThatThrownBy(() -> documents.attach(world.manager, attach(draft, DocumentType.PROGRAMME, "gros.pdf", new byte[65], Optional.empty())))
                .isInstanceOf(FileTooLargeException.class);
        assertThatThrownBy(() -> documents.attach(world.manager,
                attach(draft, DocumentType.PROGRAMME, "script.pdf", "#!/bin/sh".getBytes(StandardCharsets.US_ASCII), Optional.empty())))
                .isInstanceOf(UnsupportedFileTypeException.class);

        assertThat(store.contents).isEmpty();
        DossierView unchanged = world.queries.view(world.manager, number(draft));
        assertThat(unchanged.version()).isEqualTo(draft.version());
        assertThat(unchanged.dossier().documents()).isEmpty();
    }

    @Test
    void a_stale_version_is_refused_before_anything_is_stored() {
        DossierView draft = draft();
        Attach stale = new Attach(DossierRef.of(number(draft)).at(draft.version() + 5), DocumentType.PROGRAMME,
                new BytesUpload("programme.pdf", PDF), Optional.empty());

        assertThatThrownBy(() -> documents.attach(world.manager, stale)).isInstanceOf(VersionMismatchException.class);
        assertThat(store.contents).isEmpty();
    }

    @Test
    void another_company_is_told_neither_dossier_nor_document_exists_and_a_viewer_may_not_attach() {
        DossierView submitted = submitted();
        DossierView attached = documents.attach(world.manager, attach(submitted, DocumentType.QUOTE, "devis.pdf", PDF, Optional.empty()));
        DocumentId id = attached.dossier().documents().get(0).id();

        assertThatThrownBy(() -> documents.attach(world.otherCompany, attach(attached, DocumentType.QUOTE, "devis.pdf", PDF, Optional.empty())))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> documents.download(world.otherCompany, number(submitted), id)).isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> documents.download(world.manager, number(submitted), new DocumentId(java.util.UUID.randomUUID())))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> documents.attach(world.viewer, attach(attached, DocumentType.QUOTE, "devis.pdf", PDF, Optional.empty())))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("code", "DOSSIER_ACTION_FORBIDDEN");
        assertThat(store.contents).hasSize(1);
    }

    private DossierView draft() {
        return world.employer.createDraft(world.manager, new CreateDraft(world.establishment.id(), FundingScheme.CONTRAT_PRO, Optional.empty()));
    }

    private DossierView submitted() {
        DossierView draft = draft();
        world.employer.saveDraft(world.manager, new SaveDraft(DossierRef.of(number(draft)), DossierWorld.completeContent()));
        return world.employer.submit(world.manager, DossierRef.of(number(draft)));
    }

    private static String number(DossierView view) {
        return view.dossier().number().value();
    }

    private static Attach attach(DossierView view, DocumentType type, String name, byte[] content, Optional<DocumentId> replaces) {
        return new Attach(DossierRef.of(number(view)).at(view.version()), type, new BytesUpload(name, content), replaces);
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
