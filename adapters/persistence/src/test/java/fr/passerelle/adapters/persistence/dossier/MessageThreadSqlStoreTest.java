package fr.passerelle.adapters.persistence.dossier;

import fr.passerelle.adapters.persistence.EmbeddedPostgresTestResource;
import fr.passerelle.adapters.persistence.SqlFixtures;
import fr.passerelle.application.document.DocumentFile;
import fr.passerelle.application.document.DocumentOwner;
import fr.passerelle.application.document.DocumentStore;
import fr.passerelle.application.dossier.DossierNumbers;
import fr.passerelle.application.dossier.Dossiers;
import fr.passerelle.application.dossier.MessageThreads;
import fr.passerelle.application.dossier.PageRequest;
import fr.passerelle.application.dossier.ThreadMessage;
import fr.passerelle.application.establishment.Establishments;
import fr.passerelle.application.shared.MalformedInputException;
import fr.passerelle.application.shared.Page;
import fr.passerelle.domain.account.Actor;
import fr.passerelle.domain.account.Right;
import fr.passerelle.domain.dossier.DocumentType;
import fr.passerelle.domain.dossier.Dossier;
import fr.passerelle.domain.dossier.DossierId;
import fr.passerelle.domain.dossier.DossierNumber;
import fr.passerelle.domain.dossier.FundingScheme;
import fr.passerelle.domain.dossier.MessageSide;
import fr.passerelle.domain.shared.DocumentId;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.UserId;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@QuarkusTest
@QuarkusTestResource(value = EmbeddedPostgresTestResource.class, restrictToAnnotatedClass = true)
class MessageThreadSqlStoreTest {

    private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");

    @Inject
    MessageThreads threads;

    @Inject
    Dossiers dossiers;

    @Inject
    DossierNumbers numbers;

    @Inject
    Establishments establishments;

    @Inject
    DocumentStore documents;

    @Inject
    EntityManager entityManager;

    private final UserId employer = new UserId(UUID.randomUUID());
    private final UserId staff = new UserId(UUID.randomUUID());
    private DossierId dossier;
    private DossierNumber number;
    private DossierId otherDossier;
    private DossierNumber otherNumber;

    @BeforeEach
    void twoDossiers() {
        EstablishmentId establishment = SqlFixtures.establishment(entityManager, SqlFixtures.unusedSiret(), 12);
        Actor actor = Actor.employer(employer, Map.of(establishment, Set.of(Right.MANAGE_DOSSIERS)));
        dossier = new DossierId(UUID.randomUUID());
        otherDossier = new DossierId(UUID.randomUUID());
        number = QuarkusTransaction.requiringNew().call(() -> dossiers.add(Dossier.draft(dossier, numbers.next(),
                establishments.find(establishment).orElseThrow(), FundingScheme.PLAN, actor, T0).snapshot()).snapshot().number());
        otherNumber = QuarkusTransaction.requiringNew().call(() -> dossiers.add(Dossier.draft(otherDossier, numbers.next(),
                establishments.find(establishment).orElseThrow(), FundingScheme.PLAN, actor, T0).snapshot()).snapshot().number());
    }

    @Test
    void a_message_comes_back_with_its_attachments_and_request_oldest_first_page_by_page() {
        DocumentFile file = DocumentFile.of(new DocumentId(UUID.randomUUID()), "application/pdf", "%PDF-1.4".getBytes());
        QuarkusTransaction.requiringNew().run(() -> documents.store(DocumentOwner.of(dossier), file, new ByteArrayInputStream("%PDF-1.4".getBytes())));
        ThreadMessage request = message(MessageSide.OPCO, staff, "Merci d’envoyer le devis", 0, List.of(),
                Optional.of(new ThreadMessage.RequestedDocuments(Set.of(DocumentType.QUOTE, DocumentType.PROGRAMME), LocalDate.of(2026, 12, 15))));
        ThreadMessage answer = message(MessageSide.COMPANY, employer, "Voici le devis", 1,
                List.of(new ThreadMessage.Attachment(file.id(), "devis signé.pdf", "application/pdf", file.size())), Optional.empty());
        ThreadMessage thanks = message(MessageSide.OPCO, staff, "Merci", 2, List.of(), Optional.empty());
        QuarkusTransaction.requiringNew().run(() -> List.of(thanks, request, answer).forEach(threads::add));

        Page<ThreadMessage> first = QuarkusTransaction.requiringNew().call(() -> threads.thread(dossier, PageRequest.first(2)));
        assertThat(first.items()).containsExactly(request, answer);
        Page<ThreadMessage> second = QuarkusTransaction.requiringNew().call(() -> threads.thread(dossier, new PageRequest(2, first.nextCursor())));
        assertThat(second.items()).containsExactly(thanks);
        assertThat(second.nextCursor()).isEmpty();
        assertThat(QuarkusTransaction.requiringNew().call(() -> threads.find(dossier, answer.id()))).contains(answer);
        assertThat(QuarkusTransaction.requiringNew().call(() -> threads.find(otherDossier, answer.id()))).isEmpty();
        assertThat(QuarkusTransaction.requiringNew().call(() -> threads.thread(otherDossier, PageRequest.first(10))).items()).isEmpty();
        assertThatThrownBy(() -> threads.thread(dossier, new PageRequest(2, Optional.of("n'importe quoi"))))
                .isInstanceOf(MalformedInputException.class);
    }

    @Test
    void reading_marks_the_other_side_once_and_unread_counts_are_per_dossier_and_side() {
        QuarkusTransaction.requiringNew().run(() -> {
            threads.add(message(MessageSide.COMPANY, employer, "Question 1", 0, List.of(), Optional.empty()));
            threads.add(message(MessageSide.COMPANY, employer, "Question 2", 1, List.of(), Optional.empty()));
            threads.add(message(MessageSide.OPCO, staff, "Réponse", 2, List.of(), Optional.empty()));
            threads.add(new ThreadMessage(UUID.randomUUID(), otherDossier, MessageSide.COMPANY, employer, "Émilie Durand", "Ailleurs",
                    T0, List.of(), Optional.empty(), Optional.empty()));
        });
        assertThat(unread(MessageSide.COMPANY)).containsOnly(Map.entry(number, 2), Map.entry(otherNumber, 1));
        assertThat(unread(MessageSide.OPCO)).containsOnly(Map.entry(number, 1));

        ThreadMessage.ReadReceipt receipt = new ThreadMessage.ReadReceipt(staff, "Gabriel Lefèvre", T0.plus(1, ChronoUnit.DAYS));
        QuarkusTransaction.requiringNew().run(() -> threads.markRead(dossier, MessageSide.COMPANY, receipt));
        QuarkusTransaction.requiringNew().run(() -> threads.markRead(dossier, MessageSide.COMPANY,
                new ThreadMessage.ReadReceipt(staff, "Quelqu’un d’autre", T0.plus(2, ChronoUnit.DAYS))));

        assertThat(unread(MessageSide.COMPANY)).containsOnly(Map.entry(otherNumber, 1));
        assertThat(unread(MessageSide.OPCO)).containsOnly(Map.entry(number, 1));
        List<ThreadMessage> thread = QuarkusTransaction.requiringNew().call(() -> threads.thread(dossier, PageRequest.first(10))).items();
        assertThat(thread.get(0).readReceipt()).contains(receipt);
        assertThat(thread.get(1).readReceipt()).contains(receipt);
        assertThat(thread.get(2).readReceipt()).isEmpty();
        assertThat(threads.unreadCounts(List.of(), MessageSide.OPCO)).isEmpty();
    }

    @Test
    void an_idempotency_key_is_claimed_once_per_caller() {
        UUID first = UUID.randomUUID();
        assertThat(QuarkusTransaction.requiringNew().call(() -> threads.claim("subject-1", "key", first))).isEmpty();
        assertThat(QuarkusTransaction.requiringNew().call(() -> threads.claim("subject-1", "key", UUID.randomUUID()))).contains(first);
        assertThat(QuarkusTransaction.requiringNew().call(() -> threads.claim("subject-2", "key", UUID.randomUUID()))).isEmpty();
    }

    @Test
    void the_dossier_documents_accept_letters_and_no_unknown_type() {
        SqlFixtures.execute(entityManager, "UPDATE dossier SET documents = CAST(?1 AS jsonb) WHERE id = ?2",
                "[{\"id\": \"" + UUID.randomUUID() + "\", \"type\": \"LETTER\"}]", dossier.value());

        assertThatThrownBy(() -> SqlFixtures.execute(entityManager, "UPDATE dossier SET documents = CAST(?1 AS jsonb) WHERE id = ?2",
                "[{\"id\": \"" + UUID.randomUUID() + "\", \"type\": \"INVOICE_SCAN\"}]", dossier.value()))
                .hasStackTraceContaining("dossier_document_types");
    }

    private Map<DossierNumber, Integer> unread(MessageSide side) {
        return QuarkusTransaction.requiringNew().call(() -> threads.unreadCounts(List.of(number, otherNumber), side));
    }

    private ThreadMessage message(MessageSide side, UserId author, String text, int minutes, List<ThreadMessage.Attachment> attachments,
                                  Optional<ThreadMessage.RequestedDocuments> request) {
        return new ThreadMessage(UUID.randomUUID(), dossier, side, author, side == MessageSide.OPCO ? "Gabriel Lefèvre" : "Émilie Durand",
                text, T0.plus(minutes, ChronoUnit.MINUTES), attachments, request, Optional.empty());
    }
}
