package fr.passerelle.application.dossier;

import fr.passerelle.application.document.BytesUpload;
import fr.passerelle.application.document.ContentTypes;
import fr.passerelle.application.document.DocumentDownload;
import fr.passerelle.application.document.UploadedFile;
import fr.passerelle.application.dossier.DecisionLetter.Granted;
import fr.passerelle.application.dossier.DecisionLetter.Refused;
import fr.passerelle.application.dossier.DossierCommands.CreateDraft;
import fr.passerelle.application.dossier.DossierCommands.Grant;
import fr.passerelle.application.dossier.DossierCommands.RequestDocuments;
import fr.passerelle.application.dossier.DossierCommands.SaveDraft;
import fr.passerelle.application.dossier.DossierCommands.WithReason;
import fr.passerelle.application.dossier.DossierThread.NewMessage;
import fr.passerelle.application.identity.Caller;
import fr.passerelle.application.shared.FileTooLargeException;
import fr.passerelle.application.shared.ResourceNotFoundException;
import fr.passerelle.application.shared.UnsupportedFileTypeException;
import fr.passerelle.domain.dossier.DocumentType;
import fr.passerelle.domain.dossier.DossierDocument;
import fr.passerelle.domain.dossier.DossierStatus;
import fr.passerelle.domain.dossier.FundingScheme;
import fr.passerelle.domain.dossier.MessageSide;
import fr.passerelle.domain.shared.DocumentId;
import fr.passerelle.domain.shared.DomainException;
import fr.passerelle.domain.shared.Money;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DossierThreadServiceTest {

    private static final byte[] PDF = "%PDF-1.4 un devis".getBytes(StandardCharsets.US_ASCII);

    private final DossierWorld world = new DossierWorld();
    private final ContentTypes pdfOnly = file -> {
        try (InputStream content = file.open()) {
            return new String(content.readNBytes(5), StandardCharsets.US_ASCII).equals("%PDF-") ? Optional.of(ContentTypes.PDF) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    };
    private final List<ThreadMessage> alerted = new ArrayList<>();
    private final DossierThread thread = new DossierThreadService(world.dossiers, world.threads, world.documentStore, pdfOnly, 64,
            world.accountDirectory, world::tick, (dossier, message) -> alerted.add(message));

    @Test
    void a_request_for_documents_is_a_staff_message_linked_to_the_request_unread_by_the_company_until_it_reads_it() {
        String number = awaitingDocuments();

        ThreadMessage request = onlyMessage(world.manager, number);
        assertThat(request.side()).isEqualTo(MessageSide.OPCO);
        assertThat(request.authorName()).isEqualTo("Gabriel Lefèvre");
        assertThat(request.text()).isEqualTo("Merci d’envoyer le devis signé");
        assertThat(request.documentRequest()).contains(new ThreadMessage.RequestedDocuments(Set.of(DocumentType.QUOTE), LocalDate.of(2025, 4, 30)));
        assertThat(request.readReceipt()).isEmpty();
        assertThat(unreadFor(world.manager, number)).isEqualTo(1);
        assertThat(unreadFor(world.viewer, number)).isEqualTo(1);
        assertThat(unreadFor(world.staff, number)).isZero();

        thread.markRead(world.staff, number);
        assertThat(onlyMessage(world.staff, number).readReceipt()).as("staff reading their own side's message").isEmpty();

        thread.markRead(world.viewer, number);
        ThreadMessage.ReadReceipt receipt = onlyMessage(world.manager, number).readReceipt().orElseThrow();
        assertThat(receipt.byName()).isEqualTo("Victor Lecteur");
        assertThat(unreadFor(world.manager, number)).isZero();

        thread.markRead(world.manager, number);
        assertThat(onlyMessage(world.manager, number).readReceipt()).as("the first reading is kept").contains(receipt);
    }

    @Test
    void the_company_answers_with_a_file_which_staff_read_and_download() throws IOException {
        String number = awaitingDocuments();

        ThreadMessage answer = thread.post(world.manager, message(number, "Voici le devis", new BytesUpload("devis signé.pdf", PDF)));

        assertThat(answer.side()).isEqualTo(MessageSide.COMPANY);
        assertThat(answer.authorName()).isEqualTo("Émilie Durand");
        assertThat(answer.attachments()).singleElement().satisfies(attachment -> {
            assertThat(attachment.fileName()).isEqualTo("devis signé.pdf");
            assertThat(attachment.contentType()).isEqualTo(ContentTypes.PDF);
            assertThat(attachment.size()).isEqualTo(PDF.length);
        });
        assertThat(world.threads.messages.get(0).readReceipt()).as("answering reads the thread").isPresent();
        assertThat(unreadFor(world.staff, number)).isEqualTo(1);
        assertThat(alerted).as("the other side is told, the request for documents was not posted").containsExactly(answer);
        assertThat(unreadFor(world.manager, number)).isZero();

        thread.markRead(world.staff, number);
        assertThat(unreadFor(world.staff, number)).isZero();
        ThreadMessage read = thread.read(world.manager, number, PageRequest.first(50)).messages().items().get(1);
        assertThat(read.readReceipt()).hasValueSatisfying(receipt -> assertThat(receipt.byName()).isEqualTo("Gabriel Lefèvre"));

        DocumentDownload download = thread.attachment(world.staff, number, answer.id(), answer.attachments().get(0).id());
        assertThat(download.fileName()).isEqualTo("devis signé.pdf");
        assertThat(download.content().readAllBytes()).isEqualTo(PDF);
        assertThat(world.queries.view(world.manager, number).dossier().documents()).as("an attachment is not a dossier document").isEmpty();
    }

    @Test
    void the_thread_reads_oldest_first_page_by_page() {
        String number = submitted();
        for (int i = 1; i <= 3; i++) {
            thread.post(world.manager, message(number, "Message " + i));
        }

        DossierThread.ThreadPage first = thread.read(world.staff, number, PageRequest.first(2));
        assertThat(first.messages().items()).extracting(ThreadMessage::text).containsExactly("Message 1", "Message 2");
        assertThat(first.canWrite()).isTrue();
        DossierThread.ThreadPage second = thread.read(world.staff, number, new PageRequest(2, first.messages().nextCursor()));
        assertThat(second.messages().items()).extracting(ThreadMessage::text).containsExactly("Message 3");
        assertThat(second.messages().nextCursor()).isEmpty();
    }

    @Test
    void another_company_a_training_body_and_an_unknown_caller_are_told_the_thread_does_not_exist() {
        String number = submitted();
        ThreadMessage posted = thread.post(world.manager, message(number, "Bonjour", new BytesUpload("devis.pdf", PDF)));

        for (Caller outsider : List.of(world.otherCompany, world.trainingBody, world.unknown)) {
            assertThatThrownBy(() -> thread.read(outsider, number, PageRequest.first(50))).isInstanceOf(ResourceNotFoundException.class);
            assertThatThrownBy(() -> thread.post(outsider, message(number, "Intrus"))).isInstanceOf(ResourceNotFoundException.class);
            assertThatThrownBy(() -> thread.markRead(outsider, number)).isInstanceOf(ResourceNotFoundException.class);
            assertThatThrownBy(() -> thread.attachment(outsider, number, posted.id(), posted.attachments().get(0).id()))
                    .isInstanceOf(ResourceNotFoundException.class);
        }
        assertThatThrownBy(() -> thread.attachment(world.staff, number, posted.id(), new DocumentId(UUID.randomUUID())))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> thread.attachment(world.staff, number, UUID.randomUUID(), posted.attachments().get(0).id()))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(world.threads.messages).hasSize(1);
    }

    @Test
    void a_reader_without_the_right_to_manage_dossiers_reads_but_does_not_write() {
        String number = submitted();

        DossierThread.ThreadPage page = thread.read(world.viewer, number, PageRequest.first(50));

        assertThat(page.canWrite()).isFalse();
        assertThatThrownBy(() -> thread.post(world.viewer, message(number, "Bonjour")))
                .isInstanceOfSatisfying(DomainException.class, refused -> assertThat(refused.code()).isEqualTo("MESSAGE_ACTION_FORBIDDEN"));
        assertThat(world.threads.messages).isEmpty();
    }

    @Test
    void nobody_writes_on_a_draft_nor_on_a_cancelled_dossier() {
        String draft = draft();
        assertThat(thread.read(world.manager, draft, PageRequest.first(50)).canWrite()).isFalse();
        assertThatThrownBy(() -> thread.post(world.manager, message(draft, "Bonjour")))
                .isInstanceOfSatisfying(DomainException.class, refused -> assertThat(refused.code()).isEqualTo("DOSSIER_CLOSED_TO_MESSAGES"));

        String cancelled = submitted();
        world.employer.cancel(world.manager, new WithReason(DossierRef.of(cancelled), "Formation reportée"));
        assertThatThrownBy(() -> thread.post(world.staff, message(cancelled, "Bonjour")))
                .isInstanceOfSatisfying(DomainException.class, refused -> assertThat(refused.code()).isEqualTo("DOSSIER_CLOSED_TO_MESSAGES"));
        assertThat(world.threads.messages).isEmpty();
    }

    @Test
    void attachments_are_checked_as_documents_are_and_a_refused_one_posts_nothing() {
        String number = submitted();

        assertThatThrownBy(() -> thread.post(world.manager, message(number, "Script", new BytesUpload("a.pdf", "#!/bin/sh".getBytes(StandardCharsets.US_ASCII)))))
                .isInstanceOf(UnsupportedFileTypeException.class);
        assertThatThrownBy(() -> thread.post(world.manager, message(number, "Gros", new BytesUpload("gros.pdf", new byte[65]))))
                .isInstanceOf(FileTooLargeException.class);
        UploadedFile[] six = new UploadedFile[DossierThreadService.MAX_ATTACHMENTS + 1];
        java.util.Arrays.fill(six, new BytesUpload("devis.pdf", PDF));
        assertThatThrownBy(() -> thread.post(world.manager, message(number, "Beaucoup", six)))
                .isInstanceOfSatisfying(DomainException.class, refused -> assertThat(refused.code()).isEqualTo("TOO_MANY_ATTACHMENTS"));
        assertThatThrownBy(() -> thread.post(world.manager, message(number, " ")))
                .isInstanceOfSatisfying(DomainException.class, refused -> assertThat(refused.code()).isEqualTo("MESSAGE_REQUIRED"));
        assertThat(world.threads.messages).isEmpty();
    }

    @Test
    void a_replayed_idempotency_key_returns_the_first_message() {
        String number = submitted();
        NewMessage post = new NewMessage(number, "Bonjour", List.of(), Optional.of("key-1"));

        ThreadMessage first = thread.post(world.manager, post);
        ThreadMessage replay = thread.post(world.manager, post);

        assertThat(replay).isEqualTo(first);
        assertThat(world.threads.messages).hasSize(1);
        assertThat(alerted).as("a replay tells nobody again").containsExactly(first);
        assertThat(thread.post(world.staff, new NewMessage(number, "Bonjour", List.of(), Optional.of("key-1"))).id())
                .as("another caller's key").isNotEqualTo(first.id());
    }

    @Test
    void a_grant_comes_with_its_letter_attached_as_a_document_of_type_letter() throws IOException {
        String number = inReview();

        DossierView granted = world.review.grant(world.staff, new Grant(DossierRef.of(number), Money.parse("9000.00")));

        DecisionLetter letter = world.letters.written.get(0);
        assertThat(letter.number().value()).isEqualTo(number);
        assertThat(letter.decision()).isEqualTo(new Granted(Money.parse("9000.00")));
        assertThat(letter.establishmentName()).isEqualTo(world.establishment.name());
        assertThat(letter.trainingTitle()).contains("Soudure TIG");
        assertThat(letter.date()).isEqualTo(LocalDate.of(2025, 3, 10));
        DossierDocument document = granted.dossier().documents().get(0);
        assertThat(document.type()).isEqualTo(DocumentType.LETTER);
        assertThat(document.fileName()).isEqualTo("Courrier-accord-" + number + ".pdf");
        assertThat(granted.files().get(document.id()).contentType()).isEqualTo(ContentTypes.PDF);
        assertThat(world.documentStore.contents.get(document.id()))
                .isEqualTo(("%PDF-1.7 courrier " + number).getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void a_refusal_letter_gives_the_reason() {
        String number = inReview();

        DossierView refused = world.review.refuse(world.staff, new WithReason(DossierRef.of(number), "Hors critères"));

        assertThat(world.letters.written.get(0).decision()).isEqualTo(new Refused("Hors critères"));
        assertThat(refused.dossier().documents()).extracting(DossierDocument::type).containsExactly(DocumentType.LETTER);
    }

    @Test
    void without_its_letter_the_decision_is_not_taken() {
        String number = inReview();
        world.letters.failing = true;

        assertThatThrownBy(() -> world.review.grant(world.staff, new Grant(DossierRef.of(number), Money.parse("9000.00"))))
                .isInstanceOf(IllegalStateException.class);

        DossierView unchanged = world.queries.view(world.staff, number);
        assertThat(unchanged.dossier().status()).isEqualTo(DossierStatus.IN_REVIEW);
        assertThat(unchanged.dossier().documents()).isEmpty();
        assertThat(world.documentStore.contents).isEmpty();
    }

    private static NewMessage message(String number, String text, UploadedFile... files) {
        return new NewMessage(number, text, List.of(files), Optional.empty());
    }

    private ThreadMessage onlyMessage(Caller caller, String number) {
        List<ThreadMessage> messages = thread.read(caller, number, PageRequest.first(50)).messages().items();
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }

    private int unreadFor(Caller caller, String number) {
        return world.queries.search(caller, DossierSearch.everything(PageRequest.first(50))).items().stream()
                .filter(summary -> summary.number().value().equals(number))
                .findFirst().orElseThrow().unreadMessages();
    }

    private String draft() {
        return world.employer.createDraft(world.manager, new CreateDraft(world.establishment.id(), FundingScheme.CONTRAT_PRO, Optional.empty()))
                .dossier().number().value();
    }

    private String submitted() {
        String number = draft();
        world.employer.saveDraft(world.manager, new SaveDraft(DossierRef.of(number), DossierWorld.completeContent()));
        world.employer.submit(world.manager, DossierRef.of(number));
        return number;
    }

    private String inReview() {
        String number = submitted();
        world.review.takeIntoReview(world.staff, DossierRef.of(number));
        return number;
    }

    private String awaitingDocuments() {
        String number = inReview();
        world.review.requestDocuments(world.staff, new RequestDocuments(DossierRef.of(number), Set.of(DocumentType.QUOTE),
                LocalDate.of(2025, 4, 30), "  Merci d’envoyer le devis signé "));
        return number;
    }
}
